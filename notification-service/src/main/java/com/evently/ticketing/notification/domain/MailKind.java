package com.evently.ticketing.notification.domain;

/** Why a mail is sent, as the delivery log records it. A {@link MailPurpose} has exactly one kind. */
public enum MailKind {
    /** The tickets of a booking, sent once every seat has its ticket; carries the tickets PDF. */
    BOOKING_CONFIRMATION,
    /** The link to choose a new password; its text is blanked once the mail has left the queue. */
    PASSWORD_RESET,
    /** A confirmed booking was edited; new tickets follow in their own BOOKING_CONFIRMATION-style mail. */
    BOOKING_CHANGED,
    /** One booking was cancelled by its buyer, an administrator or a declined RSVP. */
    BOOKING_CANCELLED,
    /** The event was called off: one mail per (event, buyer), however many bookings the buyer had. */
    EVENT_CANCELLED,
    /** Seats from a waiting list are held for the user: the accept link and when the hold expires. */
    WAITLIST_OFFER,
    /** The session of a booking starts soon (24 h, 2 h before, as configured); sent once per lead time. */
    SESSION_REMINDER,
    /**
     * An event with upcoming bookings moved to another venue or its times are now given in another time zone: one
     * mail per holder and event version.
     */
    EVENT_CHANGED,
    /** A new account: once per user. */
    WELCOME,
    /** A ticket was transferred to the recipient: where to find it. */
    TICKET_RECEIVED,
    /** The recipient transferred a ticket away: their own stopped working. */
    TICKET_GIVEN,
    /** A ticket the recipient transferred was not claimed in time and is theirs again: once per return. */
    TICKET_RETURNED,
    /** Seats offered from a waiting list were not booked in time and went on: once per offer. */
    WAITLIST_OFFER_EXPIRED,
    /** An organizer's webhook subscription was disabled after deliveries failed for good: once per disabling. */
    WEBHOOK_DISABLED
}
