package com.evently.ticketing.booking.domain;

import java.util.List;

/**
 * The ratings an event received: how many, their average (null when there are none) and how many of each rating,
 * {@code histogram.get(0)} counting the 1s up to {@code histogram.get(4)} counting the 5s.
 */
public record FeedbackSummary(long count, Double averageRating, List<Long> histogram) {

    public FeedbackSummary {
        histogram = List.copyOf(histogram);
        if (histogram.size() != 5) {
            throw new IllegalArgumentException("one count per rating 1..5, had " + histogram.size());
        }
    }
}
