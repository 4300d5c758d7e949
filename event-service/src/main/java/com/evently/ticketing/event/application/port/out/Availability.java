package com.evently.ticketing.event.application.port.out;

import com.evently.ticketing.event.domain.SeatsLeft;

/** Seats left per inventory line, as booking-service reports them: the catalog's copy, for filtering. */
public interface Availability {

    /** Keeps {@code report} unless a later observation of the same line is already kept. */
    void record(SeatsLeft report);
}
