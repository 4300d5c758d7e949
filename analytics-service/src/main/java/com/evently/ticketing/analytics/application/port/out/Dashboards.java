package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.Dashboard;
import com.evently.ticketing.analytics.domain.DayFigures;
import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;

import java.util.List;

/** The dashboard's figures, aggregated by the store from the facts it keeps. */
public interface Dashboards {

    /** @param topEvents how many of the best-selling events to name */
    Dashboard of(Scope scope, ReportingPeriod period, int topEvents);

    /** Every day of the period with the scope's bookings and cancellations. */
    List<DayFigures> daily(Scope scope, ReportingPeriod period);
}
