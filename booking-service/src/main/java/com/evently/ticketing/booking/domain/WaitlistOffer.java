package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Seats taken from a line and held for the first fitting user of its waiting list until {@code expiresAt}. While
 * OPEN they count as taken: {@code available = capacity - confirmed seats - seats of open offers}. Accepting turns
 * them into a booking ({@code bookingId}); declining or expiring gives them back to the line.
 */
public record WaitlistOffer(
        UUID id,
        Buyer buyer,
        InventoryLineKey line,
        int quantity,
        OfferStatus status,
        Instant expiresAt,
        BookingId bookingId,
        Instant createdAt) {

    public WaitlistOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (quantity < 1) {
            throw new InvalidInput("quantity must be at least 1, was " + quantity);
        }
        if ((status == OfferStatus.ACCEPTED) != (bookingId != null)) {
            throw new InvalidInput("exactly an accepted offer has a booking, offer " + id + " is " + status);
        }
    }

    /**
     * An open offer of the entry's seats for {@code lifetime}; call it only after the line gave up those seats.
     * {@code event} is the catalog's snapshot of the event the line belongs to.
     */
    public static Changed<WaitlistOffer, WaitlistOfferMadeEvent> make(WaitlistEntry entry, EventSnapshot event,
                                                                      Instant now, Duration lifetime) {
        WaitlistOffer offer = new WaitlistOffer(UUID.randomUUID(), entry.buyer(), entry.line(), entry.quantity(),
                OfferStatus.OPEN, now.plus(lifetime), null, now);
        return new Changed<>(offer, new WaitlistOfferMadeEvent(offer, event, now));
    }

    public boolean belongsTo(UUID userId) {
        return buyer.userId().equals(userId);
    }

    /** OPEN but past its deadline: it holds its seats only until the expiry job gives them back. */
    public boolean hasLapsedAt(Instant now) {
        return status == OfferStatus.OPEN && !now.isBefore(expiresAt);
    }

    public WaitlistOffer accepted(BookingId booking) {
        requireOpen();
        return new WaitlistOffer(id, buyer, line, quantity, OfferStatus.ACCEPTED, expiresAt,
                Objects.requireNonNull(booking, "booking"), createdAt);
    }

    /** This offer accepted as {@code booking}, and the announcement of it. */
    public Changed<WaitlistOffer, WaitlistOfferAcceptedEvent> accept(BookingId booking, Instant now) {
        WaitlistOffer accepted = accepted(booking);
        return new Changed<>(accepted, new WaitlistOfferAcceptedEvent(accepted, now));
    }

    /**
     * This offer expired, and the announcement of it; {@code event} is the catalog's snapshot of the event, null when
     * it is gone.
     */
    public Changed<WaitlistOffer, WaitlistOfferExpiredEvent> expire(EventSnapshot event, Instant now) {
        WaitlistOffer expired = expired();
        return new Changed<>(expired, new WaitlistOfferExpiredEvent(expired, event, now));
    }

    public WaitlistOffer declined() {
        requireOpen();
        return withStatus(OfferStatus.DECLINED);
    }

    public WaitlistOffer expired() {
        requireOpen();
        return withStatus(OfferStatus.EXPIRED);
    }

    /** The line once the seats this offer held are back on it; for a declined or expired offer only. */
    public InventoryLine returnSeatsTo(InventoryLine inventoryLine) {
        if (status != OfferStatus.DECLINED && status != OfferStatus.EXPIRED) {
            throw new IllegalStateException("offer " + id + " is " + status + ": its seats are not to be returned");
        }
        if (!inventoryLine.key().equals(line)) {
            throw new IllegalStateException("offer " + id + " holds seats of " + line + ", not of " + inventoryLine.key());
        }
        return new InventoryLine(line, inventoryLine.capacity(), inventoryLine.available() + quantity);
    }

    private WaitlistOffer withStatus(OfferStatus next) {
        return new WaitlistOffer(id, buyer, line, quantity, next, expiresAt, null, createdAt);
    }

    private void requireOpen() {
        if (status != OfferStatus.OPEN) {
            throw new IllegalStateException("offer " + id + " is " + status + ", not OPEN");
        }
    }
}
