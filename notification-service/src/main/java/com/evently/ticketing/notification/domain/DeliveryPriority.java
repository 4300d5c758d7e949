package com.evently.ticketing.notification.domain;

/**
 * Which mails go first when many are due. Somebody waiting at a screen for a mail (a reset link, a seat held for a
 * few minutes) must not queue behind a sale's thousands of confirmations; the order of the constants is the order
 * of delivery.
 */
public enum DeliveryPriority {
    /** A person is waiting for it right now. */
    INTERACTIVE,
    /** It matters, but a few minutes do not: confirmations, cancellations, reminders. */
    BULK
}
