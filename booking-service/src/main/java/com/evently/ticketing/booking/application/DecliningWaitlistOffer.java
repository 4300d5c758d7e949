package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.OfferStatus;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.util.UUID;

/** Gives an offer's seats back to its line and offers them to the next in line, in one transaction. */
public final class DecliningWaitlistOffer {

    private final Transactions transactions;
    private final Inventory inventory;
    private final WaitlistOffers offers;
    private final ReleasedSeats releasedSeats;
    private final Clock clock;

    public DecliningWaitlistOffer(Transactions transactions, Inventory inventory, WaitlistOffers offers,
                                  ReleasedSeats releasedSeats, Clock clock) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.offers = offers;
        this.releasedSeats = releasedSeats;
        this.clock = clock;
    }

    /**
     * Safe to repeat: declining a declined offer changes nothing.
     *
     * @throws WaitlistOfferNotFound       when there is no such offer or it is not the caller's
     * @throws WaitlistOfferClosedConflict when the offer was accepted or is past its deadline (as for accepting, even
     *                                     before the expiry job gave its seats back)
     */
    public WaitlistOffer decline(UUID offerId, UUID userId) {
        return transactions.inTransaction(() -> {
            WaitlistOffer seen = offers.find(offerId)
                    .filter(offer -> offer.belongsTo(userId))
                    .orElseThrow(() -> new WaitlistOfferNotFound(offerId));
            // Line, then offer (see WaitlistOffers).
            InventoryLine line = inventory.lockLine(seen.line())
                    .orElseThrow(() -> new IllegalStateException("offer on a line that does not exist: " + offerId));
            WaitlistOffer offer = offers.lock(offerId).orElseThrow(() -> new WaitlistOfferNotFound(offerId));
            if (offer.status() == OfferStatus.DECLINED) {
                return offer;
            }
            if (offer.status() != OfferStatus.OPEN) {
                throw new WaitlistOfferClosedConflict(offer.status());
            }
            if (offer.hasLapsedAt(clock.instant())) {
                throw new WaitlistOfferClosedConflict(OfferStatus.EXPIRED);
            }
            WaitlistOffer declined = offer.declined();
            offers.update(declined);
            inventory.update(declined.returnSeatsTo(line));
            releasedSeats.releasedOn(line.key());
            return declined;
        });
    }
}
