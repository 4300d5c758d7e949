package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.WaitlistOffer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Offers of held seats. Whoever locks an offer holds its line first (line, then offer), the order every writer of
 * a line follows, so that accept, decline and expiry cannot deadlock each other or a booking.
 */
public interface WaitlistOffers {

    void add(WaitlistOffer offer);

    /** Reads without locking: to learn which line to lock before {@link #lock}. */
    Optional<WaitlistOffer> find(UUID offerId);

    /** Reads the offer and holds it until the current transaction ends; its line must be locked already. */
    Optional<WaitlistOffer> lock(UUID offerId);

    /**
     * Like {@link #lock}, but only an OPEN offer past its deadline, and without waiting: an offer another
     * transaction holds is being handled there, and is skipped.
     */
    Optional<WaitlistOffer> lockIfLapsed(UUID offerId, Instant now);

    /** Stores a new status (and booking) of a locked offer. */
    void update(WaitlistOffer offer);

    /** Up to {@code limit} OPEN offers past their deadline, longest overdue first; nothing is locked. */
    List<WaitlistOffer> lapsed(Instant now, int limit);

    boolean hasOpen(UUID userId, InventoryLineKey line);

    /** Seats the user's OPEN offers of the line hold, lapsed ones included until they are expired. */
    int openSeatsOf(UUID userId, InventoryLineKey line);

    /** The user's OPEN offers for the event's lines. */
    List<WaitlistOffer> openOf(UUID userId, UUID eventId);
}
