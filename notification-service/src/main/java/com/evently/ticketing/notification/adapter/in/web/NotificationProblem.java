package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Every problem type this service answers with beyond the platform's shared ones ({@code PlatformProblem}), the
 * delivery log's and the webhook API's alike: its catalogue, mirrored by the "Problem types" table of the service's
 * README.
 */
public final class NotificationProblem {

    /** An unknown mail id in the delivery log. */
    public static final ProblemType NOTIFICATION_NOT_FOUND =
            new ProblemType("notification-not-found", "Notification not found", HttpStatus.NOT_FOUND);

    /** A resend of a mail still queued, or of one whose secret content was erased after delivery. */
    public static final ProblemType NOTIFICATION_NOT_RESENDABLE =
            new ProblemType("notification-not-resendable", "Notification cannot be resent", HttpStatus.CONFLICT);

    /** An unknown webhook subscription or delivery, or another organizer's. */
    public static final ProblemType WEBHOOK_NOT_FOUND =
            new ProblemType("webhook-not-found", "Webhook not found", HttpStatus.NOT_FOUND);

    /** A redelivery of a webhook delivery that is still pending. */
    public static final ProblemType WEBHOOK_DELIVERY_PENDING =
            new ProblemType("webhook-delivery-pending", "Webhook delivery still pending", HttpStatus.CONFLICT);

    private NotificationProblem() {
    }
}
