package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.evently.ticketing.ticket.domain.CheckInWindow;
import com.evently.ticketing.ticket.domain.PassIssuer;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.EventSnapshot;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketHolder;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Bookings, callers and a fixed clock for the fast use-case tests. */
final class UseCaseFixtures {

    static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final SecureRandom RANDOM = new SecureRandom();
    static final CheckInWindow WINDOW = new CheckInWindow(Duration.ofHours(24), Duration.ofHours(6));
    /** For tickets a test stores directly: a pass nobody verifies. */
    static final PassIssuer UNSIGNED = (ticketId, eventId, sessionId, ticketTypeId, holder, event) ->
            new CheckInPass("unsigned:" + ticketId);

    static SigningPasses signingPasses(InMemoryPassKeys keys, ReadablePassTokens tokens) {
        return new SigningPasses(keys, tokens, WINDOW, RANDOM, CLOCK);
    }

    static ConfirmedBooking confirmedBooking(UUID holder, int seats) {
        return confirmedBooking(holder, Stream.generate(UUID::randomUUID).limit(seats).toList());
    }

    static ConfirmedBooking confirmedBooking(UUID holder, List<UUID> seatIds) {
        return new ConfirmedBooking(UUID.randomUUID(), holder, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new TicketHolder("ana@example.com", "Ana Diaz"),
                new EventSnapshot("Java Day 2027", "Hall A, Lisbon", ZoneId.of("Europe/Lisbon"), "Day 1",
                        Instant.parse("2027-03-01T09:00:00Z"), Instant.parse("2027-03-01T17:00:00Z"), "Standard"),
                seatIds);
    }

    /** A booking for a session of two hours that starts at {@code startsAt}. */
    static ConfirmedBooking confirmedBookingStartingAt(UUID holder, int seats, Instant startsAt) {
        return new ConfirmedBooking(UUID.randomUUID(), holder, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new TicketHolder("ana@example.com", "Ana Diaz"),
                new EventSnapshot("Java Day 2027", "Hall A, Lisbon", ZoneId.of("Europe/Lisbon"), "Day 1",
                        startsAt, startsAt.plus(Duration.ofHours(2)), "Standard"),
                Stream.generate(UUID::randomUUID).limit(seats).toList());
    }

    /** The booking's tickets, already stored as issuing them would have. */
    static List<Ticket> ticketed(InMemoryTickets tickets, UUID holder, int seats) {
        List<Ticket> issued = confirmedBooking(holder, seats).issueTickets(RANDOM, NOW, UNSIGNED).tickets();
        tickets.addAll(issued);
        return issued;
    }

    static Actor user(UUID id) {
        return new Actor(id, Set.of(Role.USER));
    }

    static Actor organizer() {
        return new Actor(UUID.randomUUID(), Set.of(Role.USER, Role.ORGANIZER));
    }

    static Actor admin() {
        return new Actor(UUID.randomUUID(), Set.of(Role.USER, Role.ADMIN));
    }

    private UseCaseFixtures() {
    }
}
