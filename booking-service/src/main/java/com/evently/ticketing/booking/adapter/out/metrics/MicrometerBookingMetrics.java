package com.evently.ticketing.booking.adapter.out.metrics;

import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Exposed at /actuator/prometheus as ticketing_bookings_confirmed_total, ticketing_seats_sold_total, ... */
@Component
class MicrometerBookingMetrics implements BookingMetrics {

    static final String BOOKINGS_CONFIRMED = "ticketing.bookings.confirmed";
    static final String SEATS_SOLD = "ticketing.seats.sold";
    static final String SOLD_OUT_REJECTIONS = "ticketing.bookings.sold.out";

    private final Counter bookingsConfirmed;
    private final Counter seatsSold;
    private final Counter soldOutRejections;

    MicrometerBookingMetrics(MeterRegistry meters) {
        bookingsConfirmed = Counter.builder(BOOKINGS_CONFIRMED).description("Bookings confirmed").register(meters);
        seatsSold = Counter.builder(SEATS_SOLD).description("Seats sold by confirmed bookings").register(meters);
        soldOutRejections = Counter.builder(SOLD_OUT_REJECTIONS)
                .description("Booking requests rejected because too few seats were left").register(meters);
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
}
