package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.domain.ReportDefinition;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.UUID;

/**
 * The query string of {@code GET /api/v1/analytics/reports}: comma-separated {@code dimensions} and
 * {@code measures}, the optional {@code event} and {@code organizer} filters — or the id of a saved
 * {@code definition} holding them — and the period's {@code from},
 * {@code to} and {@code tz} (see {@link PeriodParameters}).
 */
record ReportParameters(String definition, String dimensions, String measures, String event, String organizer,
                        String from, String to, String tz) {

    /** The saved definition to run instead of {@code dimensions}, {@code measures} and filters; null if none. */
    UUID savedDefinition() {
        return uuidOf("definition", definition);
    }

    ReportDefinition toDefinition() {
        return ReportDefinition.parse(dimensions, measures, uuidOf("event", event), uuidOf("organizer", organizer));
    }

    PeriodParameters period() {
        return new PeriodParameters(from, to, tz);
    }

    static UUID uuidOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("'" + name + "' is not a UUID");
        }
    }
}
