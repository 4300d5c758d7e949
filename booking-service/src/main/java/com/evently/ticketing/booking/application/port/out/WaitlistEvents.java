package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.WaitlistOfferMadeEvent;

/** Tells other services about waiting-list offers; only ever as part of the transaction that made them. */
public interface WaitlistEvents {

    void offerMade(WaitlistOfferMadeEvent event);
}
