package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What a buyer is told once every seat of their booking has its ticket. Event details are optional (older
 * publishers may leave them out); the ticket codes are not.
 *
 * @param timeZone where the event takes place; session times are shown in it (UTC when unknown)
 * @param issuance the first (lowest) id of the tickets issued: after an edit, a booking's added seats are issued
 *                 and confirmed again, one mail per issuance
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
        List<String> ticketCodes,
        UUID issuance) {

    /** A confirmation not told apart from later issuances of the same booking (one mail per booking). */
    public BookingConfirmation(UUID bookingId, Recipient holder, String eventTitle, String venue, ZoneId timeZone,
                               String sessionName, Instant sessionStartsAt, String ticketTypeName,
                               List<String> ticketCodes) {
        this(bookingId, holder, eventTitle, venue, timeZone, sessionName, sessionStartsAt, ticketTypeName, ticketCodes,
                null);
    }

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
        timeZone = timeZone == null ? EventDetails.UTC : timeZone;
        eventTitle = blankToNull(eventTitle);
        venue = blankToNull(venue);
        sessionName = blankToNull(sessionName);
        ticketTypeName = blankToNull(ticketTypeName);
    }

    /**
     * The confirmation mail of this booking. The tickets themselves travel as the attached PDF; the mail repeats
     * their codes so the buyer can find them even without the attachment.
     */
    public Notice notice(Locale locale) {
        return new Notice(new MailPurpose.BookingTickets(bookingId, issuance), holder,
                Letter.of(MailKind.BOOKING_CONFIRMATION, locale)
                        .with("name", holder.name())
                        .with(new EventDetails(eventTitle, venue, timeZone, sessionName, sessionStartsAt,
                                ticketTypeName))
                        .with("bookingReference", bookingId.toString())
                        .with("ticketCodes", ticketCodes)
                        .build());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
