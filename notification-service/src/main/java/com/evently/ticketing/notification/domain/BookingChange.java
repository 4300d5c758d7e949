package com.evently.ticketing.notification.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A confirmed booking was edited. The mail says what it holds now and what became of the tickets: tickets for
 * seats that left it stop working, and tickets for seats that joined it come in their own mail, the one
 * ticket-service's issue triggers, with the PDF.
 *
 * @param revision counts the booking's changes from 1: one mail per change
 * @param event    the booking's current session and ticket type
 */
public record BookingChange(UUID bookingId, int revision, Recipient buyer, int previousQuantity, int quantity,
                            boolean sessionChanged, boolean ticketTypeChanged, int releasedSeats, int addedSeats,
                            EventDetails event) {

    public BookingChange {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(buyer, "buyer");
        if (revision < 1) {
            throw new IllegalArgumentException("Booking changes are counted from 1, was " + revision);
        }
        event = event == null ? EventDetails.unknown() : event;
    }

    public Notice notice(Locale locale) {
        return new Notice(new MailPurpose.ChangedBooking(bookingId, revision), buyer,
                Letter.of(MailKind.BOOKING_CHANGED, locale)
                        .with("name", buyer.name())
                        .with(event)
                        .with("bookingReference", bookingId.toString())
                        .with("quantity", quantity)
                        .with("previousQuantity", previousQuantity)
                        .with("sessionChanged", sessionChanged)
                        .with("ticketTypeChanged", ticketTypeChanged)
                        .with("newTickets", addedSeats > 0)
                        .with("voidedTickets", releasedSeats > 0)
                        .build());
    }
}
