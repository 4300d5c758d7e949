package com.evently.ticketing.notification.domain;

/** Where a mail stands in the delivery log. */
public enum MailStatus {
    /** Waiting for its (next) attempt, or being sent right now. */
    PENDING,
    /** The mail server accepted it. */
    SENT,
    /** Given up on: the attempts ran out, or the server refused it for good. */
    FAILED
}
