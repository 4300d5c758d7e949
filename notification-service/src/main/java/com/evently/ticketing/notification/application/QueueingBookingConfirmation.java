package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.domain.BookingConfirmation;

import java.time.Clock;

/** Puts a booking's confirmation mail in the queue, once per booking however often it is asked. */
public final class QueueingBookingConfirmation {

    private final MailQueue queue;
    private final Clock clock;

    public QueueingBookingConfirmation(MailQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    public QueueOutcome queue(BookingConfirmation confirmation) {
        return queue.add(confirmation.toMail(), clock.instant()) ? QueueOutcome.QUEUED : QueueOutcome.ALREADY_QUEUED;
    }
}
