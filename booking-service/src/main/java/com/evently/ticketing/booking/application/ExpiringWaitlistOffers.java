package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.WaitlistEvents;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import com.evently.ticketing.booking.domain.WaitlistOfferExpiredEvent;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives the seats of offers past their deadline back to their lines, offers them to the next in line and announces
 * each expiry (WaitlistOfferExpired, so the user hears of it). Safe with any number of replicas running it at once:
 * each offer is expired in a transaction of its own that holds its line and then the offer, and an offer that is no
 * longer OPEN and lapsed once both are held is left alone, so every expiry is announced once.
 */
public final class ExpiringWaitlistOffers {

    private final Transactions transactions;
    private final Inventory inventory;
    private final WaitlistOffers offers;
    private final ReleasedSeats releasedSeats;
    private final EventSnapshots eventSnapshots;
    private final WaitlistEvents events;
    private final int batchSize;
    private final Clock clock;

    public ExpiringWaitlistOffers(Transactions transactions, Inventory inventory, WaitlistOffers offers,
                                  ReleasedSeats releasedSeats, EventSnapshots eventSnapshots, WaitlistEvents events,
                                  int batchSize, Clock clock) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.offers = offers;
        this.releasedSeats = releasedSeats;
        this.eventSnapshots = eventSnapshots;
        this.events = events;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Expires up to one batch of lapsed offers; a failure of one does not stop the others. */
    public List<OfferExpiry> expireLapsed() {
        Instant now = clock.instant();
        List<OfferExpiry> outcomes = new ArrayList<>();
        for (WaitlistOffer lapsed : offers.lapsed(now, batchSize)) {
            try {
                outcomes.add(transactions.inTransaction(() -> expire(lapsed, now)));
            } catch (RuntimeException failure) {
                outcomes.add(new OfferExpiry.Failed(lapsed.id(), failure));
            }
        }
        return outcomes;
    }

    private OfferExpiry expire(WaitlistOffer lapsed, Instant now) {
        // Line first, as everyone else; only then the offer, skipped if another transaction holds it.
        InventoryLine line = inventory.lockLine(lapsed.line())
                .orElseThrow(() -> new IllegalStateException("offer on a line that does not exist: " + lapsed.id()));
        Optional<WaitlistOffer> stillLapsed = offers.lockIfLapsed(lapsed.id(), now);
        if (stillLapsed.isEmpty()) {
            return new OfferExpiry.AlreadyHandled(lapsed.id());
        }
        Changed<WaitlistOffer, WaitlistOfferExpiredEvent> expiry = stillLapsed.get()
                .expire(eventSnapshots.find(lapsed.line().eventId()).orElse(null), now);
        WaitlistOffer expired = expiry.aggregate();
        offers.update(expired);
        inventory.update(expired.returnSeatsTo(line));
        events.offerExpired(expiry.event());
        releasedSeats.releasedOn(line.key());
        return new OfferExpiry.Expired(expired.id(), expired.quantity());
    }
}
