package com.evently.ticketing.notification.domain.webhook;

/** A request the subscription or delivery's current state does not allow, e.g. redelivering a pending delivery. */
public class WebhookConflict extends RuntimeException {

    public WebhookConflict(String message) {
        super(message);
    }
}
