package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.FeedbackReport;
import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.platform.web.PageResponse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ratings} maps "1".."5" to how many gave that rating. Comments carry no booking or user id: organizers see
 * what was said, not who said it.
 */
record FeedbackReportResponse(UUID eventId, long count, Double averageRating, Map<String, Long> ratings,
                              PageResponse<Comment> comments) {

    record Comment(UUID sessionId, UUID ticketTypeId, int rating, String comment, Instant givenAt) {

        static Comment of(Feedback feedback) {
            return new Comment(feedback.line().sessionId(), feedback.line().ticketTypeId(), feedback.rating(),
                    feedback.comment(), feedback.givenAt());
        }
    }

    static FeedbackReportResponse of(FeedbackReport report) {
        Map<String, Long> ratings = new LinkedHashMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            ratings.put(String.valueOf(rating), report.summary().histogram().get(rating - 1));
        }
        return new FeedbackReportResponse(report.eventId(), report.summary().count(), report.summary().averageRating(),
                ratings, PageResponse.of(report.comments().stream().map(Comment::of).toList(), report.page(),
                report.size(), report.totalComments()));
    }
}
