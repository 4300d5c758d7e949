package com.evently.ticketing.booking.adapter.in.scheduling;

import com.evently.ticketing.booking.application.ExpiringWaitlistOffers;
import com.evently.ticketing.booking.application.OfferExpiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs on every replica at a fixed delay (scheduled by the configuration); each lapsed offer is expired by exactly
 * one of them (see {@link ExpiringWaitlistOffers}). Logs offers by id only, never who held them.
 */
public class WaitlistOfferExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(WaitlistOfferExpiryJob.class);

    private final ExpiringWaitlistOffers expiringOffers;
    private final Counter expired;

    public WaitlistOfferExpiryJob(ExpiringWaitlistOffers expiringOffers, MeterRegistry meters) {
        this.expiringOffers = expiringOffers;
        this.expired = Counter.builder("ticketing.waitlist.offers.expired")
                .description("Waiting-list offers whose seats went back to their line after their deadline")
                .register(meters);
    }

    /** One scheduled run: one batch; whatever is left waits for the next run, a few seconds later. */
    public void expireLapsedOffers() {
        for (OfferExpiry outcome : expiringOffers.expireLapsed()) {
            switch (outcome) {
                case OfferExpiry.Expired done -> {
                    expired.increment();
                    log.info("Waiting-list offer {} expired, {} seat(s) returned", done.offerId(), done.seats());
                }
                case OfferExpiry.AlreadyHandled ignored -> {
                }
                case OfferExpiry.Failed failed ->
                        log.warn("Waiting-list offer {} could not be expired, retrying next run", failed.offerId(),
                                failed.cause());
            }
        }
    }
}
