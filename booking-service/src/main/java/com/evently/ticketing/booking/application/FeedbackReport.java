package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.booking.domain.FeedbackSummary;

import java.util.List;
import java.util.UUID;

/** An event's ratings in sum, and one page of the feedback that carries a comment, newest first. */
public record FeedbackReport(UUID eventId, FeedbackSummary summary, List<Feedback> comments, int page, int size,
                             long totalComments) {

    public FeedbackReport {
        comments = List.copyOf(comments);
    }
}
