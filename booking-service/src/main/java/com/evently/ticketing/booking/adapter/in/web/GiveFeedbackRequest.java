package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.GiveFeedbackCommand;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.Feedback;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** {@code @Size} counts UTF-16 units, a little stricter than the domain's characters; the domain has the last word. */
record GiveFeedbackRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = Feedback.MAX_COMMENT_LENGTH * 2) String comment) {

    GiveFeedbackCommand toCommand(UUID bookingId, UUID userId, String email) {
        return new GiveFeedbackCommand(new BookingId(bookingId), userId, email, rating, comment);
    }
}
