package com.evently.ticketing.notification.application.port.in;

import com.evently.ticketing.notification.domain.BookingConfirmation;

/** Puts a booking's confirmation mail in the queue, once per booking however often it is asked. */
public interface QueueBookingConfirmation {

    QueueOutcome queue(BookingConfirmation confirmation);
}
