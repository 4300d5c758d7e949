package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** The webhook API's own problem types, mirrored by the README's "Problem types" table. */
public final class WebhookProblem {

    /** An unknown subscription or delivery, or another organizer's. */
    public static final ProblemType WEBHOOK_NOT_FOUND =
            new ProblemType("webhook-not-found", "Webhook not found", HttpStatus.NOT_FOUND);

    /** A redelivery of a delivery that is still pending. */
    public static final ProblemType WEBHOOK_DELIVERY_PENDING =
            new ProblemType("webhook-delivery-pending", "Webhook delivery still pending", HttpStatus.CONFLICT);

    private WebhookProblem() {
    }
}
