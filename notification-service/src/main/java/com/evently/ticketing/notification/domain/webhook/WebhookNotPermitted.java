package com.evently.ticketing.notification.domain.webhook;

/** Only organizers (for their own events) and administrators manage webhooks. */
public class WebhookNotPermitted extends RuntimeException {

    public WebhookNotPermitted(String message) {
        super(message);
    }
}
