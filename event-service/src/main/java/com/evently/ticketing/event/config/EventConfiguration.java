package com.evently.ticketing.event.config;

import com.evently.ticketing.platform.web.ProblemCatalogue;
import com.evently.ticketing.event.adapter.in.web.EventProblem;
import com.evently.ticketing.event.adapter.out.cache.CaffeineEventCache;
import com.evently.ticketing.event.adapter.out.cache.UncachedEventReads;
import com.evently.ticketing.event.application.CancellingEvent;
import com.evently.ticketing.event.application.CloningEvent;
import com.evently.ticketing.event.application.CompletingEvents;
import com.evently.ticketing.event.application.CreatingEvent;
import com.evently.ticketing.event.application.DeletingEvent;
import com.evently.ticketing.event.application.OrganizerAccess;
import com.evently.ticketing.event.application.PublishingEvent;
import com.evently.ticketing.event.application.RecordingAvailability;
import com.evently.ticketing.event.application.ChangingCapacity;
import com.evently.ticketing.event.application.ExtendingEvent;
import com.evently.ticketing.event.application.RetiringTicketType;
import com.evently.ticketing.event.application.RevisingEvent;
import com.evently.ticketing.event.application.port.out.BookingInventory;
import com.evently.ticketing.event.application.SearchingEvents;
import com.evently.ticketing.event.application.ShowingCalendar;
import com.evently.ticketing.event.application.ViewingEvent;
import com.evently.ticketing.event.application.port.out.Availability;
import com.evently.ticketing.event.application.port.out.EventCache;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.application.port.out.IntegrationEvents;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.security.PublicEndpoints;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import com.evently.ticketing.platform.web.HttpCaching;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Set;

/** The use cases, wired by hand so that the application layer stays free of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventProperties.class)
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
    ExtendingEvent extendingEvent(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                                  Transactions transactions, Clock clock) {
        return new ExtendingEvent(events, access, integrationEvents, transactions, clock);
    }

    @Bean
    RetiringTicketType retiringTicketType(Events events, OrganizerAccess access, IntegrationEvents integrationEvents,
                                          Transactions transactions, Clock clock) {
        return new RetiringTicketType(events, access, integrationEvents, transactions, clock);
    }

    @Bean
    ChangingCapacity changingCapacity(Events events, OrganizerAccess access, BookingInventory bookingInventory,
                                      IntegrationEvents integrationEvents, Transactions transactions, Clock clock) {
        return new ChangingCapacity(events, access, bookingInventory, integrationEvents, transactions, clock);
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
    ViewingEvent viewingEvent(Events events, EventCache cache) {
        return new ViewingEvent(events, cache);
    }

    @Bean
    SearchingEvents searchingEvents(Events events, Clock clock) {
        return new SearchingEvents(events, clock);
    }

    @Bean
    CloningEvent cloningEvent(Events events, OrganizerAccess access, Transactions transactions, Clock clock) {
        return new CloningEvent(events, access, transactions, clock);
    }

    @Bean
    ShowingCalendar showingCalendar(Events events, Clock clock) {
        return new ShowingCalendar(events, clock);
    }

    @Bean
    CompletingEvents completingEvents(Events events, IntegrationEvents integrationEvents, EventCache cache,
                                      Transactions transactions, Clock clock) {
        return new CompletingEvents(events, integrationEvents, cache, transactions, clock);
    }

    @Bean
    RecordingAvailability recordingAvailability(Availability availability, Transactions transactions) {
        return new RecordingAvailability(availability, transactions);
    }

    /** Public reads from memory, kept in step by the service's own announcements (see EventCacheEvictions). */
    @Bean
    EventCache eventCache(Events events, EventProperties properties, MeterRegistry meters) {
        if (!properties.cache().enabled()) {
            return new UncachedEventReads(events);
        }
        CaffeineEventCache cache = new CaffeineEventCache(events, properties.cache().timeToLive(),
                properties.cache().maximumSize());
        cache.registerMetrics(meters);
        return cache;
    }

    @Bean
    HttpCaching httpCaching(EventProperties properties) {
        return new HttpCaching(properties.httpCache().maxAge(), properties.httpCache().staleWhileRevalidate());
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

    /** The problem types this service answers with, listed in its OpenAPI document. */
    @Bean
    ProblemCatalogue problemCatalogue() {
        return ProblemCatalogue.of(EventProblem.class);
    }
}
