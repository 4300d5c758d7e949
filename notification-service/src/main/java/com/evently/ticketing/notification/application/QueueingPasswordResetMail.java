package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.domain.PasswordResetRequest;
import com.evently.ticketing.notification.domain.ResetPage;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/** Puts the reset link of a password reset request in the queue, once per reset token however often it is asked. */
public final class QueueingPasswordResetMail {

    private final MailQueue queue;
    private final ResetPage resetPage;
    private final ZoneId expiryShownIn;
    private final Clock clock;

    /** @param expiryShownIn the zone the mail states the link's expiry in */
    public QueueingPasswordResetMail(MailQueue queue, ResetPage resetPage, ZoneId expiryShownIn, Clock clock) {
        this.queue = queue;
        this.resetPage = Objects.requireNonNull(resetPage, "resetPage");
        this.expiryShownIn = Objects.requireNonNull(expiryShownIn, "expiryShownIn");
        this.clock = clock;
    }

    public QueueOutcome queue(PasswordResetRequest request) {
        return queue.add(request.toMail(resetPage, expiryShownIn), clock.instant())
                ? QueueOutcome.QUEUED : QueueOutcome.ALREADY_QUEUED;
    }
}
