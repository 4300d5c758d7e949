package com.evently.ticketing.booking.adapter.out.metrics;

import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.domain.CancellationCause;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Exposed at /actuator/prometheus as ticketing_bookings_confirmed_total, ticketing_seats_sold_total, ... */
@Component
class MicrometerBookingMetrics implements BookingMetrics {

    static final String BOOKINGS_CONFIRMED = "ticketing.bookings.confirmed";
    static final String SEATS_SOLD = "ticketing.seats.sold";
    static final String SOLD_OUT_REJECTIONS = "ticketing.bookings.sold.out";
    static final String BOOKINGS_EDITED = "ticketing.bookings.edited";
    static final String BOOKINGS_CANCELLED = "ticketing.bookings.cancelled";

    private final Counter bookingsConfirmed;
    private final Counter seatsSold;
    private final Counter soldOutRejections;
    private final Counter bookingsEdited;
    private final Map<CancellationCause, Counter> bookingsCancelled = new EnumMap<>(CancellationCause.class);

    MicrometerBookingMetrics(MeterRegistry meters) {
        bookingsConfirmed = Counter.builder(BOOKINGS_CONFIRMED).description("Bookings confirmed").register(meters);
        seatsSold = Counter.builder(SEATS_SOLD).description("Seats sold by confirmed bookings").register(meters);
        soldOutRejections = Counter.builder(SOLD_OUT_REJECTIONS)
                .description("Booking requests rejected because too few seats were left").register(meters);
        bookingsEdited = Counter.builder(BOOKINGS_EDITED).description("Bookings whose seats an edit moved")
                .register(meters);
        // Registered up front, so that every cause shows (at 0) before its first cancellation.
        for (CancellationCause cause : CancellationCause.values()) {
            bookingsCancelled.put(cause, Counter.builder(BOOKINGS_CANCELLED)
                    .description("Bookings cancelled, by who or what cancelled them")
                    .tag("cause", cause.name().toLowerCase(Locale.ROOT))
                    .register(meters));
        }
    }

    @Override
    public void bookingConfirmed(int seats) {
        bookingsConfirmed.increment();
        seatsSold.increment(seats);
    }

    @Override
    public void soldOutRejected() {
        soldOutRejections.increment();
    }

    @Override
    public void bookingEdited() {
        bookingsEdited.increment();
    }

    @Override
    public void bookingsCancelled(CancellationCause cause, int bookings) {
        bookingsCancelled.get(cause).increment(bookings);
    }
}
