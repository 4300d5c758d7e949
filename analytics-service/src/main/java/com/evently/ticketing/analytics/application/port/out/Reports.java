package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.Report;
import com.evently.ticketing.analytics.domain.ReportDefinition;
import com.evently.ticketing.analytics.domain.ReportingPeriod;
import com.evently.ticketing.analytics.domain.Scope;

/** Custom reports, aggregated by the store. */
public interface Reports {

    /** At most {@link Report#MAX_ROWS} rows. */
    Report run(ReportDefinition definition, Scope scope, ReportingPeriod period);
}
