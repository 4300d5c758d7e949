package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.Dashboards;
import com.evently.ticketing.analytics.domain.Dashboard;
import com.evently.ticketing.analytics.domain.DayFigures;
import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link Dashboards} of a platform where nothing happened, remembering which scopes were asked for. */
final class EmptyDashboards implements Dashboards {

    final List<Scope> scopesAsked = new ArrayList<>();

    @Override
    public Dashboard of(Scope scope, ReportingPeriod period, int topEvents) {
        scopesAsked.add(scope);
        return new Dashboard(scope, period, Map.of(), 0, 0, 0, 0, 0, Map.of(), null, 0, 0, 0, 0, 0, 0,
                daily(scope, period), List.of());
    }

    @Override
    public List<DayFigures> daily(Scope scope, ReportingPeriod period) {
        return period.from().datesUntil(period.to().plusDays(1))
                .map(day -> new DayFigures(day, 0, 0, 0, 0, 0)).toList();
    }
}
