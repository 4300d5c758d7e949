package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.ScanResult;

/** Counters of the door for operators' dashboards: a rush of INVALID or WRONG_EVENT answers shows at once. */
public interface CheckInMetrics {

    /** Counts a scan's first answer once its transaction committed; an answer replayed for a resent scan is not. */
    void answered(ScanResult result);
}
