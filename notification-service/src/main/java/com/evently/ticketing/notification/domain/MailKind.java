package com.evently.ticketing.notification.domain;

/** Why a mail is sent. A booking gets at most one mail of each kind. */
public enum MailKind {
    /** The tickets of a booking, sent once every seat has its ticket; carries the tickets PDF. */
    BOOKING_CONFIRMATION
}
