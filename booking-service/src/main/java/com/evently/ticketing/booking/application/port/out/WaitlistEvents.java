package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.WaitlistOfferAcceptedEvent;
import com.evently.ticketing.booking.domain.WaitlistOfferExpiredEvent;
import com.evently.ticketing.booking.domain.WaitlistOfferMadeEvent;

/** Tells other services about waiting-list offers; only ever as part of the transaction that changed them. */
public interface WaitlistEvents {

    void offerMade(WaitlistOfferMadeEvent event);

    void offerAccepted(WaitlistOfferAcceptedEvent event);

    void offerExpired(WaitlistOfferExpiredEvent event);
}
