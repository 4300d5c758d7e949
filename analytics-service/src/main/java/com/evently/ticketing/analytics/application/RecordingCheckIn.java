package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.BusinessMetrics;
import com.evently.ticketing.analytics.application.port.out.TicketFacts;
import com.evently.ticketing.analytics.domain.CheckIn;
import com.evently.ticketing.analytics.domain.UndoneCheckIn;

/**
 * Counts a ticket's admission once however often it is announced; an undone admission is forgotten, so that the
 * ticket's next admission (ticket-service announces one only after an undo) counts again.
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

    public void undo(UndoneCheckIn undone) {
        tickets.forgetCheckIn(undone);
    }
}
