package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Availability;
import com.evently.ticketing.event.domain.SeatsLeft;
import com.evently.ticketing.platform.domain.Transactions;

/**
 * Keeps booking-service's reports of seats left, so that {@code available=true} can leave sold-out events out
 * without ever reading booking's schema. Reports may arrive out of order; the latest observation wins.
 */
public class RecordingAvailability {

    private final Availability availability;
    private final Transactions transactions;

    public RecordingAvailability(Availability availability, Transactions transactions) {
        this.availability = availability;
        this.transactions = transactions;
    }

    /** Joins the consumer's inbox transaction, so the report and its inbox record commit together. */
    public void record(SeatsLeft report) {
        transactions.inTransaction(() -> availability.record(report));
    }
}
