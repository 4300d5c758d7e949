package com.evently.ticketing.booking.domain;

/** Where a waiting-list offer stands; only an OPEN offer holds seats. */
public enum OfferStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
