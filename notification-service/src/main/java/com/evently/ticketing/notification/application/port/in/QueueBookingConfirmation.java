package com.evently.ticketing.notification.application.port.in;

import com.evently.ticketing.notification.domain.BookingConfirmation;

/** Puts a booking's confirmation mail in the queue, once per booking however often it is asked. */
public interface QueueBookingConfirmation {

    QueueOutcome queue(BookingConfirmation confirmation);

    enum QueueOutcome {
        QUEUED,
        /** The booking already has its confirmation mail (queued, sent or given up on): nothing was added. */
        ALREADY_QUEUED
    }
}
