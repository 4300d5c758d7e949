package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What an attendee thought of a session they booked: a rating of 1 to 5 and, optionally, a comment. */
public record Feedback(BookingId bookingId, InventoryLineKey line, UUID userId, int rating, String comment,
                       Instant givenAt) {

    public static final int MAX_COMMENT_LENGTH = 2000;

    public Feedback {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(givenAt, "givenAt");
        if (rating < 1 || rating > 5) {
            throw new InvalidInput("rating must be within 1..5, was " + rating);
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        // Counted in code points, as a person counts characters: an emoji is one, not two UTF-16 units.
        if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT_LENGTH) {
            throw new InvalidInput("comment must be at most " + MAX_COMMENT_LENGTH + " characters");
        }
    }
}
