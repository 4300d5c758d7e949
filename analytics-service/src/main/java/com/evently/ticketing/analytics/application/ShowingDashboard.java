package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.Dashboards;
import com.evently.ticketing.analytics.domain.Dashboard;
import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;
import com.evently.ticketing.platform.domain.Caller;

/** The dashboard of a period: the whole platform for an admin, their own events for an organizer. */
public class ShowingDashboard {

    static final int TOP_EVENTS = 5;

    private final Dashboards dashboards;

    public ShowingDashboard(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    /** @throws StatisticsNotPermitted when the viewer is neither an organizer nor an admin */
    public Dashboard show(ReportingPeriod period, Caller viewer) {
        Scope scope = Scope.of(viewer).orElseThrow(StatisticsNotPermitted::new);
        return dashboards.of(scope, period, TOP_EVENTS);
    }
}
