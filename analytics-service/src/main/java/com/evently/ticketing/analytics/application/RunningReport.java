package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.Reports;
import com.evently.ticketing.analytics.domain.Report;
import com.evently.ticketing.analytics.domain.ReportDefinition;
import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;
import com.evently.ticketing.platform.domain.Caller;

/** A custom report over a period: of the whole platform for an admin, of their own events for an organizer. */
public class RunningReport {

    private final Reports reports;

    public RunningReport(Reports reports) {
        this.reports = reports;
    }

    /** @throws StatisticsNotPermitted when the viewer is neither an organizer nor an admin */
    public Report run(ReportDefinition definition, ReportingPeriod period, Caller viewer) {
        Scope scope = Scope.of(viewer).orElseThrow(StatisticsNotPermitted::new);
        return reports.run(definition, scope, period);
    }
}
