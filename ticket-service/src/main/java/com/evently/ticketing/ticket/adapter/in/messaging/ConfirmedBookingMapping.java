package com.evently.ticketing.ticket.adapter.in.messaging;

import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.EventSnapshot;
import com.evently.ticketing.ticket.domain.TicketHolder;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Contract → domain. A message the domain rejects (missing ids, no seats, unknown time zone) can never
 * succeed, so it is reported as malformed and goes to the dead-letter topic without retries.
 */
final class ConfirmedBookingMapping {

    static ConfirmedBooking toDomain(BookingConfirmed message) {
        try {
            return new ConfirmedBooking(message.bookingId(), message.userId(), message.eventId(),
                    message.sessionId(), message.ticketTypeId(),
                    new TicketHolder(message.buyerEmail(), message.buyerName()),
                    snapshotOf(message.event()), message.seatIds() == null ? List.of() : message.seatIds());
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new MalformedEventException("Unusable BookingConfirmed for booking " + message.bookingId()
                    + ": " + e.getMessage(), e);
        }
    }

    static EventSnapshot snapshotOf(BookingConfirmed.EventSnapshot event) {
        if (event == null) {
            return new EventSnapshot(null, null, ZoneOffset.UTC, null, null, null, null);
        }
        // times are instants; without a zone from the catalogue they are shown in UTC rather than guessed
        ZoneId zone = event.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(event.timeZone());
        return new EventSnapshot(event.title(), event.venue(), zone, event.sessionName(),
                event.sessionStartsAt(), event.sessionEndsAt(), event.ticketTypeName());
    }

    private ConfirmedBookingMapping() {
    }
}
