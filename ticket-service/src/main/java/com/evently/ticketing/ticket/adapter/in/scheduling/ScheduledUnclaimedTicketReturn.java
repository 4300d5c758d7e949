package com.evently.ticketing.ticket.adapter.in.scheduling;

import com.evently.ticketing.ticket.application.ReturningUnclaimedTickets;
import com.evently.ticketing.ticket.domain.ReturnedTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Now and then returns tickets whose claim expired unclaimed to their givers, a batch at a time until none is due.
 * Runs on every replica; each takes the claims no other one holds.
 */
public class ScheduledUnclaimedTicketReturn implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledUnclaimedTicketReturn.class);

    private final ReturningUnclaimedTickets returning;
    private final int batchSize;

    public ScheduledUnclaimedTicketReturn(ReturningUnclaimedTickets returning, int batchSize) {
        this.returning = returning;
        this.batchSize = batchSize;
    }

    @Override
    public void run() {
        try {
            List<ReturnedTicket> returned;
            do {
                returned = returning.returnExpired(batchSize);
                // ids only: addresses stay out of the logs
                returned.forEach(done -> log.info("Ticket {} was not claimed in time; returned to its giver as {}",
                        done.unclaimed().id(), done.returned().id()));
            } while (returned.size() == batchSize);
        } catch (RuntimeException e) {
            // the next run retries; until then the claims stay expired and their tickets unreturned
            log.warn("Returning unclaimed tickets failed", e);
        }
    }
}
