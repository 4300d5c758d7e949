package com.evently.ticketing.notification.domain.webhook;

/** Whether a subscription gets deliveries; one that kept failing for the whole retry window is disabled. */
public enum SubscriptionStatus {
    ENABLED,
    DISABLED
}
