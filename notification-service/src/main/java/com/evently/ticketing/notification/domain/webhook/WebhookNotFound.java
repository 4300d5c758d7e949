package com.evently.ticketing.notification.domain.webhook;

import java.util.UUID;

/** No subscription (or delivery) the caller may see: another organizer's is "not found" too. */
public class WebhookNotFound extends RuntimeException {

    public WebhookNotFound(String what, UUID id) {
        super("No " + what + " " + id);
    }
}
