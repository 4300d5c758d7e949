package com.evently.ticketing.ticket.adapter.in.messaging;

import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import com.evently.ticketing.ticket.domain.CancelledBooking;
import com.evently.ticketing.ticket.domain.ChangedBooking;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.TicketHolder;

import java.time.DateTimeException;
import java.util.List;

/**
 * BookingChanged and BookingCancelled → domain. As for confirmations, a message the domain rejects can never
 * succeed and is reported as malformed (dead-letter topic, no retries).
 */
final class BookingChangeMapping {

    static ChangedBooking toDomain(BookingChanged message) {
        try {
            BookingChanged.Line current = message.current();
            ConfirmedBooking booking = new ConfirmedBooking(message.bookingId(), message.userId(), message.eventId(),
                    current == null ? null : current.sessionId(), current == null ? null : current.ticketTypeId(),
                    new TicketHolder(message.buyerEmail(), message.buyerName()),
                    ConfirmedBookingMapping.snapshotOf(message.event()),
                    message.seatIds() == null ? List.of() : message.seatIds());
            return new ChangedBooking(message.revision(), booking);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new MalformedEventException("Unusable BookingChanged for booking " + message.bookingId()
                    + ": " + e.getMessage(), e);
        }
    }

    static CancelledBooking toDomain(BookingCancelled message) {
        if (message.bookingId() == null) {
            throw new MalformedEventException("BookingCancelled without a booking id", null);
        }
        return new CancelledBooking(message.bookingId(), reasonOf(message));
    }

    /** Written for whoever reads the ticket: what happened, then the words given with it, if any. */
    private static String reasonOf(BookingCancelled message) {
        String what = switch (message.cause() == null ? BookingCancelled.Cause.BUYER : message.cause()) {
            case BUYER -> "Booking cancelled by the buyer";
            case ADMIN -> "Booking cancelled by an administrator";
            case EVENT_CANCELLED -> "Event cancelled";
            case RSVP_DECLINED -> "Declined the invitation (RSVP: not going)";
        };
        return message.reason() == null || message.reason().isBlank() ? what : what + ": " + message.reason().strip();
    }

    private BookingChangeMapping() {
    }
}
