package com.evently.ticketing.ticket.adapter.out.metrics;

import com.evently.ticketing.platform.persistence.AfterCommit;
import com.evently.ticketing.ticket.application.port.out.TicketMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

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
        // a rolled-back issuance (and its retry) must not be counted twice
        AfterCommit.run(() -> issued.increment(count));
    }
}
