package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

/** The person a seat's ticket is for: the buyer at first, whoever a ticket transfer names afterwards. */
public record SeatHolder(String name, String email) {

    public SeatHolder {
        if (email == null || email.isBlank()) {
            throw new InvalidInput("a seat holder needs an e-mail address");
        }
    }
}
