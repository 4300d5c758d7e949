package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.PassClaims;

/** What a scanned text turned out to be: a pass one of our keys signed, or not (with why, for the logs only). */
public sealed interface PassReading {

    record Verified(PassClaims claims) implements PassReading {
    }

    record Unreadable(String why) implements PassReading {
    }
}
