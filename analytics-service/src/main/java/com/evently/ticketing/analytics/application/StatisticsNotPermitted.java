package com.evently.ticketing.analytics.application;

/** The caller asked for dashboards or reports, which are for organizers (their own events) and admins. */
public class StatisticsNotPermitted extends RuntimeException {

    public StatisticsNotPermitted() {
        super("Dashboards and reports are for organizers and admins");
    }
}
