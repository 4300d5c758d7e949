package com.evently.ticketing.ticket.domain;

/** What the door is told about one scan. Only {@link #ADMITTED} lets the bearer in. */
public enum ScanResult {
    /** First valid scan of a valid ticket: let them in. */
    ADMITTED,
    /** The ticket was admitted before: the answer says when and at which gate. */
    ALREADY_CHECKED_IN,
    /** The booking was cancelled or changed and this seat released. */
    VOID,
    /** Replaced by another ticket (a transfer): this QR code no longer admits. */
    REVOKED,
    /** A ticket for another event than the scanner's. */
    WRONG_EVENT,
    /** Before the ticket's check-in window opens. */
    NOT_YET_VALID,
    /** After the ticket's check-in window closed. */
    EXPIRED,
    /** Not a pass this service signed: unreadable, altered, or signed by an unknown key. */
    INVALID
}
