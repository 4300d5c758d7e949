package com.evently.ticketing.booking.application;

import java.util.UUID;

/** No such offer, or someone else's: both answer the same so that ids leak nothing. */
public final class WaitlistOfferNotFound extends RuntimeException {

    public WaitlistOfferNotFound(UUID offerId) {
        super("No waiting-list offer " + offerId);
    }
}
