package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.application.port.out.WaitlistEvents;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.OfferStatus;
import com.evently.ticketing.booking.domain.SeatLimit;
import com.evently.ticketing.booking.domain.UserSeatLimit;
import com.evently.ticketing.booking.domain.WaitlistEntry;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import com.evently.ticketing.booking.domain.WaitlistOfferAcceptedEvent;
import com.evently.ticketing.booking.domain.WaitlistOfferExpiredEvent;
import com.evently.ticketing.booking.domain.WaitlistOfferMadeEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The waiting-list use cases over {@link InMemoryBookingCore}'s fakes plus fakes of the waiting-list ports; the
 * transactions roll every store back, those of the booking core included.
 */
final class InMemoryWaitlistCore {

    static final Duration OFFER_LIFETIME = Duration.ofMinutes(30);

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final InMemoryWaitlist waitlist = new InMemoryWaitlist();
    final InMemoryWaitlistOffers offers = new InMemoryWaitlistOffers();
    final RecordedWaitlistEvents events = new RecordedWaitlistEvents();
    final InMemoryBookingCore.RollingBackTransactions transactions = new InMemoryBookingCore.RollingBackTransactions(
            List.of(core.inventory, core.bookings, core.eventSnapshots, core.cancelledEvents, core.integrationEvents,
                    waitlist, offers, events));

    OfferingReleasedSeats offeringReleasedSeats() {
        return new OfferingReleasedSeats(core.inventory, waitlist, offers, core.eventSnapshots, core.cancelledEvents,
                core.completedEvents, events, OFFER_LIFETIME, core.clock);
    }

    JoiningWaitlist joiningWaitlist() {
        return new JoiningWaitlist(transactions, core.inventory, core.cancelledEvents, core.completedEvents, waitlist,
                offers, core.bookings, new SeatLimit(InMemoryBookingCore.MAX_SEATS_PER_BOOKING),
                new UserSeatLimit(InMemoryBookingCore.MAX_SEATS_PER_USER), core.clock);
    }

    AcceptingWaitlistOffer acceptingWaitlistOffer() {
        return new AcceptingWaitlistOffer(transactions, core.inventory, offers, core.bookings, core.eventSnapshots,
                core.cancelledEvents, core.completedEvents, core.integrationEvents, events, core.metrics,
                new UserSeatLimit(InMemoryBookingCore.MAX_SEATS_PER_USER), core.clock);
    }

    DecliningWaitlistOffer decliningWaitlistOffer() {
        return new DecliningWaitlistOffer(transactions, core.inventory, offers, offeringReleasedSeats(), core.clock);
    }

    ExpiringWaitlistOffers expiringWaitlistOffers() {
        return new ExpiringWaitlistOffers(transactions, core.inventory, offers, offeringReleasedSeats(),
                core.eventSnapshots, events, 100, core.clock);
    }

    LeavingWaitlist leavingWaitlist() {
        return new LeavingWaitlist(transactions, core.inventory, waitlist);
    }

    ViewingWaitlist viewingWaitlist() {
        return new ViewingWaitlist(waitlist, offers);
    }

    static final class InMemoryWaitlist extends InMemoryBookingCore.InMemoryTable<UUID, WaitlistEntry> implements Waitlist {

        Duration eventLifetime;

        @Override
        public boolean add(WaitlistEntry entry) {
            boolean waiting = rows.values().stream().anyMatch(other ->
                    other.buyer().userId().equals(entry.buyer().userId()) && other.line().equals(entry.line()));
            if (waiting) {
                return false;
            }
            rows.put(entry.id(), entry);
            return true;
        }

        @Override
        public List<WaitlistEntry> inLine(InventoryLineKey line) {
            // Insertion order stands for the join sequence.
            return rows.values().stream().filter(entry -> entry.line().equals(line)).toList();
        }

        @Override
        public void remove(UUID entryId) {
            rows.remove(entryId);
        }

        @Override
        public boolean removeOf(UUID userId, InventoryLineKey line) {
            return rows.values().removeIf(entry -> entry.buyer().userId().equals(userId) && entry.line().equals(line));
        }

        @Override
        public List<Standing> standingsOf(UUID userId, UUID eventId) {
            List<Standing> standings = new ArrayList<>();
            for (WaitlistEntry entry : rows.values()) {
                if (entry.buyer().userId().equals(userId) && entry.line().eventId().equals(eventId)) {
                    standings.add(new Standing(entry, inLine(entry.line()).indexOf(entry) + 1));
                }
            }
            return standings;
        }

        @Override
        public Optional<Duration> offerLifetimeOf(UUID eventId) {
            return Optional.ofNullable(eventLifetime);
        }
    }

    static final class InMemoryWaitlistOffers extends InMemoryBookingCore.InMemoryTable<UUID, WaitlistOffer>
            implements WaitlistOffers {

        @Override
        public void add(WaitlistOffer offer) {
            rows.put(offer.id(), offer);
        }

        @Override
        public Optional<WaitlistOffer> find(UUID offerId) {
            return Optional.ofNullable(rows.get(offerId));
        }

        @Override
        public Optional<WaitlistOffer> lock(UUID offerId) {
            return find(offerId);
        }

        @Override
        public Optional<WaitlistOffer> lockIfLapsed(UUID offerId, Instant now) {
            return find(offerId).filter(offer -> offer.hasLapsedAt(now));
        }

        @Override
        public void update(WaitlistOffer offer) {
            rows.put(offer.id(), offer);
        }

        @Override
        public List<WaitlistOffer> lapsed(Instant now, int limit) {
            return rows.values().stream().filter(offer -> offer.hasLapsedAt(now))
                    .sorted(Comparator.comparing(WaitlistOffer::expiresAt)).limit(limit).toList();
        }

        @Override
        public boolean hasOpen(UUID userId, InventoryLineKey line) {
            return rows.values().stream().anyMatch(offer -> offer.belongsTo(userId) && offer.line().equals(line)
                    && offer.status() == OfferStatus.OPEN);
        }

        @Override
        public int openSeatsOf(UUID userId, InventoryLineKey line) {
            return rows.values().stream().filter(offer -> offer.belongsTo(userId) && offer.line().equals(line)
                    && offer.status() == OfferStatus.OPEN).mapToInt(WaitlistOffer::quantity).sum();
        }

        @Override
        public List<WaitlistOffer> openOf(UUID userId, UUID eventId) {
            return rows.values().stream().filter(offer -> offer.belongsTo(userId)
                    && offer.line().eventId().equals(eventId) && offer.status() == OfferStatus.OPEN).toList();
        }

        List<WaitlistOffer> all() {
            return List.copyOf(rows.values());
        }
    }

    static final class RecordedWaitlistEvents implements WaitlistEvents, InMemoryBookingCore.RollsBack {

        final List<WaitlistOfferMadeEvent> offersMade = new ArrayList<>();
        final List<WaitlistOfferAcceptedEvent> offersAccepted = new ArrayList<>();
        final List<WaitlistOfferExpiredEvent> offersExpired = new ArrayList<>();

        @Override
        public void offerMade(WaitlistOfferMadeEvent event) {
            offersMade.add(event);
        }

        @Override
        public void offerAccepted(WaitlistOfferAcceptedEvent event) {
            offersAccepted.add(event);
        }

        @Override
        public void offerExpired(WaitlistOfferExpiredEvent event) {
            offersExpired.add(event);
        }

        @Override
        public Runnable checkpoint() {
            int made = offersMade.size();
            int accepted = offersAccepted.size();
            int expired = offersExpired.size();
            return () -> {
                offersMade.subList(made, offersMade.size()).clear();
                offersAccepted.subList(accepted, offersAccepted.size()).clear();
                offersExpired.subList(expired, offersExpired.size()).clear();
            };
        }
    }
}
