package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.booking.domain.FeedbackSummary;

import java.util.List;
import java.util.UUID;

public interface Feedbacks {

    /**
     * Stores the feedback unless its booking already has one.
     *
     * @return false when the booking had feedback already (then nothing changed)
     */
    boolean addIfAbsent(Feedback feedback);

    FeedbackSummary summaryOf(UUID eventId);

    /** Feedback of the event that carries a comment, newest first. */
    CommentPage commentsOf(UUID eventId, long offset, int limit);

    record CommentPage(List<Feedback> feedback, long total) {

        public CommentPage {
            feedback = List.copyOf(feedback);
        }
    }
}
