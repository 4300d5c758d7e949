package com.evently.ticketing.platform.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;

/** Endpoints of the platform's test service that only some roles may use, for {@link RoleRestrictedEndpointsTest}. */
@Configuration(proxyBeanMethods = false)
class RoleRestrictedProbe {

    @Bean
    RoleRestrictedEndpoints organizerEndpoints() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of("ORGANIZER", "ADMIN"), "POST /organizer/shows");
    }

    @RestController
    static class ProbeController {

        record Show(@NotBlank String title) {
        }

        @PostMapping("/organizer/shows")
        Show create(@Valid @RequestBody Show show) {
            return show;
        }

        @GetMapping("/api/v1/admin/probe")
        Map<String, String> administration() {
            return Map.of("admin", "yes");
        }
    }
}
