package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a custom report's rows add up, named in the API as {@link #apiName()}. Like the dashboard's: bookings and
 * seats are counted when booked (seats as held now), cancellations when cancelled, revenue of the seats held now,
 * check-ins when the ticket was scanned.
 */
public enum ReportMeasure {
    BOOKINGS("bookings"),
    SEATS("seats"),
    CANCELLATIONS("cancellations"),
    CANCELLED_SEATS("cancelledSeats"),
    REVENUE("revenue"),
    CHECK_INS("checkIns");

    private final String apiName;

    ReportMeasure(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** @throws InvalidInput naming the allowed measures */
    public static ReportMeasure named(String name) {
        return Arrays.stream(values()).filter(measure -> measure.apiName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput("'" + name + "' is not a measure; allowed: " + allowed()));
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ReportMeasure::apiName).collect(Collectors.joining(", "));
    }
}
