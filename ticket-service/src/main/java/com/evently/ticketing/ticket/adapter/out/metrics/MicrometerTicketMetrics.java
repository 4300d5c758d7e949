package com.evently.ticketing.ticket.adapter.out.metrics;

import com.evently.ticketing.ticket.application.port.out.TicketMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@code ticketing_tickets_issued_total} in Prometheus. */
public class MicrometerTicketMetrics implements TicketMetrics {

    private final Counter issued;

    public MicrometerTicketMetrics(MeterRegistry registry) {
        this.issued = Counter.builder("ticketing.tickets.issued")
                .description("Tickets issued for confirmed seats")
                .register(registry);
    }

    @Override
    public void ticketsIssued(int count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            issued.increment(count);
            return;
        }
        // a rolled-back issuance (and its retry) must not be counted twice
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                issued.increment(count);
            }
        });
    }
}
