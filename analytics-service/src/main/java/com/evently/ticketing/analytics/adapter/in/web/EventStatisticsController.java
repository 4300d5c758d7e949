package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.ShowingEventStatistics;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/analytics/events")
class EventStatisticsController {

    private final ShowingEventStatistics showingEventStatistics;
    private final Clock clock;

    EventStatisticsController(ShowingEventStatistics showingEventStatistics, Clock clock) {
        this.showingEventStatistics = showingEventStatistics;
        this.clock = clock;
    }

    /** {@code ?from=&to=&tz=} choose the days of {@code daily}, like the dashboard's. */
    @Operation(operationId = "eventStatistics", summary = "Statistics of one event: bookings, cancellations, occupancy per line")
    @GetMapping("/{eventId}")
    EventStatisticsResponse show(@PathVariable UUID eventId, PeriodParameters period, AuthenticatedUser user) {
        return EventStatisticsResponse.of(showingEventStatistics.show(eventId, period.toPeriod(clock), user.caller()));
    }
}
