package com.evently.ticketing.analytics.domain;

import java.util.List;
import java.util.Objects;

/**
 * A custom report's table: {@code columns} name the dimensions' values (an event adds its title after its id) and
 * then the measures; every row has a value per column, in that order. {@code truncated} when there were more rows
 * than {@link #MAX_ROWS}: narrow the period or the dimensions.
 */
public record Report(ReportDefinition definition, ReportingPeriod period, List<String> columns,
                     List<List<Object>> rows, boolean truncated) {

    public static final int MAX_ROWS = 10_000;

    public Report {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(period, "period");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
