package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.Feedback;

import java.time.Instant;
import java.util.UUID;

/** The attendee's own view of what they gave; an organizer's view of comments leaves the booking out. */
record FeedbackResponse(UUID bookingId, UUID eventId, UUID sessionId, int rating, String comment, Instant givenAt) {

    static FeedbackResponse of(Feedback feedback) {
        return new FeedbackResponse(feedback.bookingId().value(), feedback.line().eventId(), feedback.line().sessionId(),
                feedback.rating(), feedback.comment(), feedback.givenAt());
    }
}
