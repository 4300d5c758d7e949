package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.BusinessMetrics;
import com.evently.ticketing.analytics.application.port.out.TicketFacts;
import com.evently.ticketing.analytics.domain.CheckIn;

/**
 * Counts a ticket's first admission, once per ticket: ticket-service announces a new admission only after an undone
 * one, and analytics cannot see the undo (no contract announces it), so the ticket stays checked in.
 */
public class RecordingCheckIn {

    private final TicketFacts tickets;
    private final BusinessMetrics metrics;

    public RecordingCheckIn(TicketFacts tickets, BusinessMetrics metrics) {
        this.tickets = tickets;
        this.metrics = metrics;
    }

    public void record(CheckIn checkIn) {
        if (tickets.recordCheckIn(checkIn)) {
            metrics.checkInRecorded();
        }
    }
}
