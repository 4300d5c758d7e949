package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.EventListing;
import com.evently.ticketing.event.domain.EventSearchQuery;
import com.evently.ticketing.event.domain.EventSearchResult;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.Caller;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Lists events by role: the public browses what is published (and may ask for completed or cancelled ones), an
 * organizer also lists its own events in every status ({@code mine}, or {@code statuses} naming DRAFT), an admin
 * lists everything.
 */
public class SearchingEvents {

    private static final Set<EventStatus> PUBLIC_DEFAULT = Set.of(EventStatus.PUBLISHED);

    private final Events events;
    private final Clock clock;

    public SearchingEvents(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param caller empty when anonymous
     * @throws SignInRequired when {@code mine} is asked anonymously
     * @throws EventManagementNotPermitted when someone who organizes no events asks for their own or for drafts
     */
    public EventSearchResult search(Optional<Caller> caller, EventSearchQuery query) {
        return events.search(query, listingFor(caller, query));
    }

    private EventListing listingFor(Optional<Caller> caller, EventSearchQuery query) {
        boolean asksForDrafts = query.statuses().contains(EventStatus.DRAFT);
        if (query.mine()) {
            Caller organizer = caller.orElseThrow(() -> new SignInRequired("mine=true lists the caller's own events"));
            requireOrganizer(organizer);
            return new EventListing(statusesOr(query, EnumSet.allOf(EventStatus.class)), organizer.id(), null,
                    clock.instant());
        }
        if (caller.filter(Caller::isAdmin).isPresent()) {
            return new EventListing(statusesOr(query, EnumSet.allOf(EventStatus.class)), null, null, clock.instant());
        }
        if (asksForDrafts) {
            Caller organizer = caller.orElseThrow(() -> new SignInRequired("drafts are listed only to their organizer"));
            requireOrganizer(organizer);
            return new EventListing(query.statuses(), null, organizer.id(), clock.instant());
        }
        return new EventListing(statusesOr(query, PUBLIC_DEFAULT), null, null, clock.instant());
    }

    private static void requireOrganizer(Caller caller) {
        if (!caller.mayOrganizeEvents()) {
            throw new EventManagementNotPermitted("Only organizers and admins list their own events and drafts");
        }
    }

    private static Set<EventStatus> statusesOr(EventSearchQuery query, Set<EventStatus> fallback) {
        return query.statuses().isEmpty() ? fallback : query.statuses();
    }
}
