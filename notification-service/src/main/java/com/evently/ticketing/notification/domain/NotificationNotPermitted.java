package com.evently.ticketing.notification.domain;

/** The caller's roles do not allow reading or resending other people's mails. */
public class NotificationNotPermitted extends RuntimeException {

    public NotificationNotPermitted(String message) {
        super(message);
    }
}
