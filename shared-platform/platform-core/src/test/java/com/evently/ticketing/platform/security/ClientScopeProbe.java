package com.evently.ticketing.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Public-API-shaped endpoints of the platform's test service, for {@link ClientTokenTest}. */
@Configuration(proxyBeanMethods = false)
class ClientScopeProbe {

    static final String PARTNER_REPORTS_SCOPE = "reports:read";

    @Bean
    RoleRestrictedEndpoints eventOrganizerEndpoints() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of("ORGANIZER", "ADMIN"),
                "POST /api/v1/events", "GET /api/v1/events/*/attendees");
    }

    @Bean
    PublicEndpoints catalogue() {
        return PublicEndpoints.of("GET /api/v1/events/*");
    }

    @Bean
    ScopeRestrictedEndpoints partnerReports() {
        return ScopeRestrictedEndpoints.requiringAnyOf(Set.of(PARTNER_REPORTS_SCOPE), "GET /api/v1/partner-reports");
    }

    @RestController
    static class ProbeController {

        /** Like booking's attendee list: only the event's organizer (or an admin) sees it. */
        @GetMapping("/api/v1/events/{organizerId}/attendees")
        Map<String, Object> attendees(@PathVariable UUID organizerId, AuthenticatedUser caller) {
            boolean organizesIt = caller.caller().isAdmin()
                    || (caller.caller().mayOrganizeEvents() && caller.id().equals(organizerId));
            return Map.of("organizerId", caller.id().toString(), "roles", caller.roles(),
                    "client", caller.isClient(), "organizesIt", organizesIt);
        }

        @GetMapping("/api/v1/events/{eventId}")
        Map<String, Object> event(@PathVariable UUID eventId) {
            return Map.of("id", eventId.toString());
        }

        @PostMapping("/api/v1/events")
        Map<String, Object> create(AuthenticatedUser caller) {
            return Map.of("organizerId", caller.id().toString());
        }

        @GetMapping("/api/v1/partner-reports")
        Map<String, Object> reports(AuthenticatedUser caller) {
            return Map.of("client", caller.isClient(), "scopes", caller.scopes());
        }
    }
}
