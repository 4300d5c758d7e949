package com.evently.ticketing.analytics.adapter.out.metrics;

import com.evently.ticketing.analytics.application.port.out.BusinessMetrics;
import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import com.evently.ticketing.analytics.domain.Price;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import com.evently.ticketing.platform.persistence.AfterCommit;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * The business counters at {@code /actuator/prometheus}. Bookings confirmed and seats sold are booking-service's
 * ({@code ticketing_bookings_confirmed_total}, {@code ticketing_seats_sold_total}); analytics adds what only it sees
 * as a whole: cancellations by cause, edits, revenue per currency and check-ins. Counted after the inbox transaction
 * commits, so a rolled-back (and later redelivered) event is counted once.
 */
@Component
class MicrometerBusinessMetrics implements BusinessMetrics {

    static final String CANCELLATIONS = "ticketing.analytics.bookings.cancelled";
    static final String CANCELLED_SEATS = "ticketing.analytics.seats.cancelled";
    static final String CHANGES = "ticketing.analytics.bookings.changed";
    static final String REVENUE = "ticketing.analytics.revenue";
    static final String CHECK_INS = "ticketing.analytics.check.ins";

    private final MeterRegistry meters;
    private final Counter changes;
    private final Counter checkIns;

    MicrometerBusinessMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.changes = Counter.builder(CHANGES).description("Bookings edited (each revision once)").register(meters);
        this.checkIns = Counter.builder(CHECK_INS).description("Tickets admitted (each ticket's first admission once)")
                .register(meters);
    }

    @Override
    public void bookingRecorded(ConfirmedBooking booking) {
        Price price = booking.unitPrice();
        if (price == null) {
            return;
        }
        double amount = price.amount().multiply(BigDecimal.valueOf(booking.line().quantity())).doubleValue();
        AfterCommit.run(() -> Counter.builder(REVENUE)
                .description("Revenue of confirmed bookings at confirmation, per currency (never converted)")
                .tag("currency", price.currency())
                .register(meters)
                .increment(amount));
    }

    @Override
    public void bookingChanged() {
        AfterCommit.run(changes::increment);
    }

    @Override
    public void cancellationRecorded(BookingCancellation cancellation) {
        String cause = cancellation.cause().name();
        AfterCommit.run(() -> {
            Counter.builder(CANCELLATIONS).description("Bookings cancelled, by cause").tag("cause", cause)
                    .register(meters).increment();
            Counter.builder(CANCELLED_SEATS).description("Seats of cancelled bookings, by cause").tag("cause", cause)
                    .register(meters).increment(cancellation.line().quantity());
        });
    }

    @Override
    public void checkInRecorded() {
        AfterCommit.run(checkIns::increment);
    }
}
