package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.port.in.ShowEventStatistics;
import com.evently.ticketing.analytics.domain.Actor;
import com.evently.ticketing.analytics.domain.Role;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1/analytics/events")
class EventStatisticsController {

    private final ShowEventStatistics showEventStatistics;

    EventStatisticsController(ShowEventStatistics showEventStatistics) {
        this.showEventStatistics = showEventStatistics;
    }

    @GetMapping("/{eventId}")
    EventStatisticsResponse show(@PathVariable UUID eventId, AuthenticatedUser user) {
        return EventStatisticsResponse.of(showEventStatistics.showEventStatistics(eventId, toActor(user)));
    }

    private static Actor toActor(AuthenticatedUser user) {
        return new Actor(user.id(), knownRoles(user.roles()));
    }

    /** Roles this service does not know grant nothing here, so they are dropped rather than rejected. */
    private static Set<Role> knownRoles(Set<String> roles) {
        return Arrays.stream(Role.values())
                .filter(role -> roles.contains(role.name()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
