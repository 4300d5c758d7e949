package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a buyer is told once every seat of their booking has its ticket. Event details are optional (older
 * publishers may leave them out); the ticket codes are not.
 *
 * @param timeZone where the event takes place; session times are shown in it (UTC when unknown)
 */
public record BookingConfirmation(
        UUID bookingId,
        Recipient holder,
        String eventTitle,
        String venue,
        ZoneId timeZone,
        String sessionName,
        Instant sessionStartsAt,
        String ticketTypeName,
        List<String> ticketCodes) {

    public BookingConfirmation {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(ticketCodes, "ticketCodes");
        if (ticketCodes.isEmpty()) {
            throw new InvalidInput("Booking " + bookingId + " is confirmed without tickets");
        }
        ticketCodes.forEach(code -> {
            if (code == null || code.isBlank()) {
                throw new InvalidInput("Booking " + bookingId + " has a ticket without a code");
            }
        });
        ticketCodes = List.copyOf(ticketCodes);
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        eventTitle = blankToNull(eventTitle);
        venue = blankToNull(venue);
        sessionName = blankToNull(sessionName);
        ticketTypeName = blankToNull(ticketTypeName);
    }

    /** The confirmation mail of this booking, ready to be queued. */
    public OutboundMail toMail() {
        return new OutboundMail(new MailPurpose.BookingTickets(bookingId), holder.email(),
                BookingConfirmationMail.compose(this));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
