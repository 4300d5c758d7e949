package com.evently.ticketing.notification.application.port.in;

import com.evently.ticketing.notification.domain.PasswordResetRequest;

/** Puts the reset link of a password reset request in the queue, once per reset token however often it is asked. */
public interface QueuePasswordResetMail {

    QueueOutcome queue(PasswordResetRequest request);
}
