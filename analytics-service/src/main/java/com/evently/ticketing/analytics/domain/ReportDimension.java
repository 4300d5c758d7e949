package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a custom report's rows are grouped by, named in the API as {@link #apiName()}. */
public enum ReportDimension {
    EVENT("event"),
    ORGANIZER("organizer"),
    SESSION("session"),
    TICKET_TYPE("ticketType"),
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    CURRENCY("currency");

    private final String apiName;

    ReportDimension(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** @throws InvalidInput naming the allowed dimensions */
    public static ReportDimension named(String name) {
        return Arrays.stream(values()).filter(dimension -> dimension.apiName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput("'" + name + "' is not a dimension; allowed: " + allowed()));
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ReportDimension::apiName).collect(Collectors.joining(", "));
    }
}
