package com.evently.ticketing.booking.application;

import java.util.UUID;

/** What one expiry attempt did with one lapsed offer. */
public sealed interface OfferExpiry {

    UUID offerId();

    /** Its seats are back on the line and were offered to the next in line. */
    record Expired(UUID offerId, int seats) implements OfferExpiry {
    }

    /** Accepted, declined or expired meanwhile, by this or another replica: nothing left to do. */
    record AlreadyHandled(UUID offerId) implements OfferExpiry {
    }

    /** Rolled back; the next run tries again. */
    record Failed(UUID offerId, RuntimeException cause) implements OfferExpiry {
    }
}
