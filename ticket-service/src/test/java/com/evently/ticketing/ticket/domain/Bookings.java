package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Confirmed bookings for domain tests. */
final class Bookings {

    static final EventSnapshot JAVA_DAY = new EventSnapshot("Java Day 2027", "Hall A, Lisbon",
            ZoneId.of("Europe/Lisbon"), "Day 1", Instant.parse("2027-03-01T09:00:00Z"),
            Instant.parse("2027-03-01T17:00:00Z"), "Standard");

    /** Passes that name their ticket, signed by nobody: the domain only carries them. */
    static final PassIssuer PASSES = (ticketId, eventId, sessionId, ticketTypeId, holder, event) ->
            new CheckInPass("pass-of-" + ticketId);

    static ConfirmedBooking withSeats(List<UUID> seatIds) {
        return new ConfirmedBooking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), new TicketHolder("ana@example.com", "Ana Diaz"), JAVA_DAY, seatIds);
    }

    static ConfirmedBooking withSeats(int count) {
        return withSeats(Stream.generate(UUID::randomUUID).limit(count).toList());
    }

    private Bookings() {
    }
}
