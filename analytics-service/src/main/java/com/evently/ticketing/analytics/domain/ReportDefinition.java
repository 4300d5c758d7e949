package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * What a custom report shows: rows grouped by {@code dimensions} (in that order, also the sort order) adding up
 * {@code measures}, optionally only for one event or one organizer. Revenue is never added across currencies, so
 * asking for it groups by currency too.
 *
 * @param eventId     only this event's figures, when set
 * @param organizerId only this organizer's events, when set (for an organizer: within their own, so nothing else)
 */
public record ReportDefinition(List<ReportDimension> dimensions, List<ReportMeasure> measures, UUID eventId,
                               UUID organizerId) {

    public static final int MAX_DIMENSIONS = 4;

    public ReportDefinition {
        if (measures == null || measures.isEmpty()) {
            throw new InvalidInput("a report needs at least one measure; allowed: " + ReportMeasure.allowed());
        }
        dimensions = dimensions == null ? List.of() : dimensions;
        if (new HashSet<>(dimensions).size() != dimensions.size() || new HashSet<>(measures).size() != measures.size()) {
            throw new InvalidInput("a dimension or measure is named twice");
        }
        if (measures.contains(ReportMeasure.REVENUE) && !dimensions.contains(ReportDimension.CURRENCY)) {
            List<ReportDimension> withCurrency = new ArrayList<>(dimensions);
            withCurrency.add(ReportDimension.CURRENCY);
            dimensions = withCurrency;
        }
        if (dimensions.size() > MAX_DIMENSIONS + 1) {
            throw new InvalidInput("a report has at most " + MAX_DIMENSIONS + " dimensions");
        }
        dimensions = List.copyOf(dimensions);
        measures = List.copyOf(measures);
    }

    /** From the API's comma-separated names, e.g. {@code event,day} and {@code seats,revenue}. */
    public static ReportDefinition parse(String dimensions, String measures, UUID eventId, UUID organizerId) {
        return new ReportDefinition(names(dimensions).stream().map(ReportDimension::named).toList(),
                names(measures).stream().map(ReportMeasure::named).toList(), eventId, organizerId);
    }

    private static List<String> names(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return List.of(commaSeparated.split(",")).stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
