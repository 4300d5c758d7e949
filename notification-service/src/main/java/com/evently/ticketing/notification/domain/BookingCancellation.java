package com.evently.ticketing.notification.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A booking was cancelled: its buyer is told. When the whole event was called off, a buyer with several bookings
 * of it gets one mail about the event rather than one per booking.
 *
 * @param reason what the canceller said, if anything
 */
public record BookingCancellation(UUID bookingId, UUID buyerId, Recipient buyer, UUID eventId, int quantity,
                                  CancellationCause cause, String reason, EventDetails event) {

    public BookingCancellation {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(cause, "cause");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        event = event == null ? EventDetails.unknown() : event;
    }

    public Notice notice(Locale locale) {
        MailPurpose purpose = cause == CancellationCause.EVENT_CANCELLED
                ? new MailPurpose.CancelledEvent(eventId, buyerId)
                : new MailPurpose.CancelledBooking(bookingId);
        Letter.Builder letter = Letter.of(purpose.kind(), locale)
                .with("name", buyer.name())
                .with(event)
                .with("cause", cause.name())
                .with("reason", reason);
        if (cause != CancellationCause.EVENT_CANCELLED) {
            // the event-wide mail may stand for several bookings: it names none of them
            letter.with("bookingReference", bookingId.toString()).with("quantity", quantity);
        }
        return new Notice(purpose, buyer, letter.build());
    }
}
