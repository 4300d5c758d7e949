package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.in.QueueBookingConfirmation;
import com.evently.ticketing.notification.application.port.in.QueueOutcome;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.domain.BookingConfirmation;

import java.time.Clock;

public final class BookingConfirmationQueueing implements QueueBookingConfirmation {

    private final MailQueue queue;
    private final Clock clock;

    public BookingConfirmationQueueing(MailQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public QueueOutcome queue(BookingConfirmation confirmation) {
        return queue.add(confirmation.toMail(), clock.instant()) ? QueueOutcome.QUEUED : QueueOutcome.ALREADY_QUEUED;
    }
}
