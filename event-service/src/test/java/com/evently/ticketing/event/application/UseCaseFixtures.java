package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventDetails;
import com.evently.ticketing.event.domain.Money;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Callers, events and a fixed clock for the fast use-case tests. */
final class UseCaseFixtures {

    static final Instant CREATED = Instant.parse("2027-01-10T10:00:00Z");
    static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static Caller organizer() {
        return new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ORGANIZER));
    }

    static Caller admin() {
        return new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ADMIN));
    }

    static Caller attendee() {
        return new Caller(UUID.randomUUID(), Set.of(Role.USER));
    }

    static EventDetails details(String title) {
        return new EventDetails(title, "Talks and workshops", "Hall A, Lisbon", ZoneId.of("Europe/Lisbon"));
    }

    static List<Session> dayOne() {
        return List.of(Session.plan("Day 1", Instant.parse("2027-03-01T09:00:00Z"), Instant.parse("2027-03-01T17:00:00Z")));
    }

    static List<TicketType> standardAndVip() {
        return List.of(TicketType.offer("Standard", Money.of("25.00", "EUR"), 100),
                TicketType.offer("VIP", Money.of("120.50", "EUR"), 10));
    }

    static Event draftBy(Caller organizer) {
        return Event.draft(organizer.id(), details("Java Day 2027"), dayOne(), standardAndVip(), CREATED);
    }

    static Event publishedBy(Caller organizer) {
        Event event = draftBy(organizer);
        event.publish(CREATED.plusSeconds(60));
        return event;
    }

    static Event cancelledBy(Caller organizer) {
        Event event = publishedBy(organizer);
        event.cancel("Rained off", CREATED.plusSeconds(120));
        return event;
    }

    private UseCaseFixtures() {
    }
}
