package com.evently.ticketing.notification.domain.webhook;

/** Where a webhook delivery stands: waiting (or being retried), accepted by the receiver, or given up on. */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    FAILED
}
