package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.BookingId;

import java.util.Objects;
import java.util.UUID;

/**
 * {@code email} is the caller's, to find the seats transferred to them; {@code comment} may be null; the rating's range
 * and the comment's length are the domain's to check ({@code Feedback}).
 */
public record GiveFeedbackCommand(BookingId bookingId, UUID userId, String email, int rating, String comment) {

    public GiveFeedbackCommand {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(userId, "userId");
    }
}
