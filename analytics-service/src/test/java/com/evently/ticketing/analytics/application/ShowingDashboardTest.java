package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowingDashboardTest {

    private final ReportingPeriod period = ReportingPeriod.lastDaysUpTo(LocalDate.of(2027, 3, 31), ZoneOffset.UTC);
    private final EmptyDashboards dashboards = new EmptyDashboards();
    private final ShowingDashboard showing = new ShowingDashboard(dashboards);

    @Test
    void adminSeesThePlatform() {
        showing.show(period, TestCallers.admin());

        assertThat(dashboards.scopesAsked).containsExactly(new Scope.Platform());
    }

    @Test
    void organizerSeesOnlyTheirOwnEvents() {
        UUID organizerId = UUID.randomUUID();

        showing.show(period, TestCallers.organizer(organizerId));

        assertThat(dashboards.scopesAsked).containsExactly(new Scope.OrganizerEvents(organizerId));
    }

    @Test
    void attendeeIsNotPermitted() {
        assertThatThrownBy(() -> showing.show(period, TestCallers.attendee()))
                .isInstanceOf(StatisticsNotPermitted.class);
        assertThat(dashboards.scopesAsked).isEmpty();
    }
}
