package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.ShowingEventStatistics;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/analytics/events")
class EventStatisticsController {

    private final ShowingEventStatistics showingEventStatistics;

    EventStatisticsController(ShowingEventStatistics showingEventStatistics) {
        this.showingEventStatistics = showingEventStatistics;
    }

    @GetMapping("/{eventId}")
    EventStatisticsResponse show(@PathVariable UUID eventId, AuthenticatedUser user) {
        return EventStatisticsResponse.of(showingEventStatistics.show(eventId, user.caller()));
    }
}
