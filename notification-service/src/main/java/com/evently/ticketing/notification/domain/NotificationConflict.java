package com.evently.ticketing.notification.domain;

/** The mail is not in a state that allows what was asked (a resend of a mail still queued, or erased). */
public class NotificationConflict extends RuntimeException {

    public NotificationConflict(String message) {
        super(message);
    }
}
