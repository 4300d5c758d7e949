package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.AvailabilityNotice;

/** Tells the catalog a line's seats; only ever inside the transaction that records the notice as sent. */
public interface AvailabilityNotices {

    void announce(AvailabilityNotice notice);
}
