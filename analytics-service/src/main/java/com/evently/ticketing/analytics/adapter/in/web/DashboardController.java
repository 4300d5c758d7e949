package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.ShowingDashboard;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** {@code GET /api/v1/analytics/dashboard?from=&to=&tz=}: ADMIN the platform, ORGANIZER their own events. */
@RestController
@RequestMapping("/api/v1/analytics/dashboard")
class DashboardController {

    private final ShowingDashboard showingDashboard;
    private final Clock clock;

    DashboardController(ShowingDashboard showingDashboard, Clock clock) {
        this.showingDashboard = showingDashboard;
        this.clock = clock;
    }

    @Operation(operationId = "dashboard", summary = "The dashboard: sales and occupancy of the caller's events")
    @GetMapping
    DashboardResponse show(PeriodParameters parameters, AuthenticatedUser user) {
        return DashboardResponse.of(showingDashboard.show(parameters.toPeriod(clock), user.caller()));
    }
}
