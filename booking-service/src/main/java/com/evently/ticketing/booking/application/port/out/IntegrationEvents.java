package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.BookingCancelledEvent;
import com.evently.ticketing.booking.domain.BookingChangedEvent;
import com.evently.ticketing.booking.domain.BookingConfirmedEvent;

/** Tells other services what happened; only ever as part of the transaction that made it happen. */
public interface IntegrationEvents {

    void bookingConfirmed(BookingConfirmedEvent event);

    void bookingChanged(BookingChangedEvent event);

    void bookingCancelled(BookingCancelledEvent event);
}
