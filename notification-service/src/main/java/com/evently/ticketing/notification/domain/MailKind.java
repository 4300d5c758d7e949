package com.evently.ticketing.notification.domain;

/** Why a mail is sent, as the delivery log records it. A {@link MailPurpose} has exactly one kind. */
public enum MailKind {
    /** The tickets of a booking, sent once every seat has its ticket; carries the tickets PDF. */
    BOOKING_CONFIRMATION,
    /** The link to choose a new password; its text is blanked once the mail has left the queue. */
    PASSWORD_RESET
}
