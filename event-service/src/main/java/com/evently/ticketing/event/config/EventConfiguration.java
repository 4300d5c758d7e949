package com.evently.ticketing.event.config;

import com.evently.ticketing.event.application.CancellingEvent;
import com.evently.ticketing.event.application.CreatingEvent;
import com.evently.ticketing.event.application.DeletingEvent;
import com.evently.ticketing.event.application.OrganizerAccess;
import com.evently.ticketing.event.application.PublishingEvent;
import com.evently.ticketing.event.application.RevisingEvent;
import com.evently.ticketing.event.application.SearchingEvents;
import com.evently.ticketing.event.application.ViewingEvent;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.security.PublicEndpoints;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Set;

/** The use cases, wired by hand so that the application layer stays free of Spring. */
@Configuration(proxyBeanMethods = false)
class EventConfiguration {

    @Bean
    CreatingEvent creatingEvent(Events events, Transactions transactions, Clock clock) {
        return new CreatingEvent(events, transactions, clock);
    }

    /** Who may change which event: one rule shared by every use case that changes one. */
    @Bean
    OrganizerAccess organizerAccess(Events events) {
        return new OrganizerAccess(events);
    }

    @Bean
    PublishingEvent publishingEvent(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                                    Transactions transactions, Clock clock) {
        return new PublishingEvent(events, access, integrationEvents, transactions, clock);
    }

    @Bean
    RevisingEvent revisingEvent(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                                Transactions transactions, Clock clock) {
        return new RevisingEvent(events, access, integrationEvents, transactions, clock);
    }

    @Bean
    CancellingEvent cancellingEvent(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                                    Transactions transactions, Clock clock) {
        return new CancellingEvent(events, access, integrationEvents, transactions, clock);
    }

    @Bean
    DeletingEvent deletingEvent(Events events, OrganizerAccess access, Transactions transactions) {
        return new DeletingEvent(events, access, transactions);
    }

    @Bean
    ViewingEvent viewingEvent(Events events) {
        return new ViewingEvent(events);
    }

    @Bean
    SearchingEvents searchingEvents(Events events) {
        return new SearchingEvents(events);
    }

    /** Browsing the catalog needs no account; drafts stay hidden by the use cases, not by this list. */
    @Bean
    PublicEndpoints publicEndpoints() {
        return PublicEndpoints.of("GET /api/v1/events", "GET /api/v1/events/**");
    }

    /**
     * Every change to the catalog is for organizers and admins, refused to anyone else before the body is read;
     * whether the caller organizes this very event is the use cases' decision.
     */
    @Bean
    RoleRestrictedEndpoints eventManagementEndpoints() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of(Role.ORGANIZER.name(), Role.ADMIN.name()),
                "POST /api/v1/events", "POST /api/v1/events/**",
                "PUT /api/v1/events/**", "PATCH /api/v1/events/**", "DELETE /api/v1/events/**");
    }
}
