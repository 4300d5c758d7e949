package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.application.port.out.WaitlistEvents;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.WaitlistEntry;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import com.evently.ticketing.booking.domain.WaitlistOfferMadeEvent;
import com.evently.ticketing.platform.domain.Changed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Hands seats that came back to a line to its waiting list, in the order users joined. An entry that asks for more
 * seats than are left keeps its place and is passed over for the next one that fits: a big request at the head
 * does not hold back smaller ones, and is served first by the next release that covers it. Seats that fit nobody
 * go back on sale.
 * <p>
 * Runs inside the releasing transaction, which holds the line (see {@link ReleasedSeats}): the seats are taken
 * and the offers stored before anybody else can see the line, so two replicas releasing seats of one line one
 * after the other each offer only what they found free, never the same seat twice.
 */
public final class OfferingReleasedSeats implements ReleasedSeats {

    private final Inventory inventory;
    private final Waitlist waitlist;
    private final WaitlistOffers offers;
    private final EventSnapshots eventSnapshots;
    private final CancelledEvents cancelledEvents;
    private final CompletedEvents completedEvents;
    private final WaitlistEvents events;
    private final Duration defaultOfferLifetime;
    private final Clock clock;

    public OfferingReleasedSeats(Inventory inventory, Waitlist waitlist, WaitlistOffers offers,
                                 EventSnapshots eventSnapshots, CancelledEvents cancelledEvents,
                                 CompletedEvents completedEvents, WaitlistEvents events,
                                 Duration defaultOfferLifetime, Clock clock) {
        this.inventory = inventory;
        this.waitlist = waitlist;
        this.offers = offers;
        this.eventSnapshots = eventSnapshots;
        this.cancelledEvents = cancelledEvents;
        this.completedEvents = completedEvents;
        this.events = events;
        this.defaultOfferLifetime = defaultOfferLifetime;
        this.clock = clock;
    }

    @Override
    public void releasedOn(InventoryLineKey key) {
        // Read under the line's lock, as PlacingBooking does: nothing is offered for an event called off before.
        if (cancelledEvents.find(key.eventId()).isPresent() || completedEvents.find(key.eventId()).isPresent()) {
            return;
        }
        List<WaitlistEntry> waiting = waitlist.inLine(key);
        if (waiting.isEmpty()) {
            return;
        }
        // The caller holds the line already: this takes no new lock, it reads the seats just released.
        InventoryLine line = inventory.lockLine(key)
                .orElseThrow(() -> new IllegalStateException("seats released on a line that does not exist: " + key));
        if (line.retired()) {
            return;
        }
        int availableBefore = line.available();
        EventSnapshot event = null;
        Duration lifetime = null;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (WaitlistEntry entry : waiting) {
            if (line.available() == 0) {
                break;
            }
            if (!entry.fitsIn(line)) {
                continue;
            }
            if (event == null) {
                event = eventSnapshots.find(key.eventId())
                        .orElseThrow(() -> new IllegalStateException("inventory line without its event: " + key));
                lifetime = waitlist.offerLifetimeOf(key.eventId()).orElse(defaultOfferLifetime);
            }
            line = line.reserve(entry.quantity());
            Changed<WaitlistOffer, WaitlistOfferMadeEvent> made =
                    WaitlistOffer.make(entry, event, now, lifetime);
            offers.add(made.aggregate());
            waitlist.remove(entry.id());
            events.offerMade(made.event());
        }
        if (line.available() != availableBefore) {
            inventory.update(line);
        }
    }
}
