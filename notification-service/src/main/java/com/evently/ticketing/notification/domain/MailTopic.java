package com.evently.ticketing.notification.domain;

/**
 * Mails a user may choose not to receive. Transactional mails (confirmations, cancellations, reset links,
 * offers) are not topics: they answer something the user did or owns, and always go out.
 */
public enum MailTopic {
    REMINDERS,
    EVENT_CHANGES
}
