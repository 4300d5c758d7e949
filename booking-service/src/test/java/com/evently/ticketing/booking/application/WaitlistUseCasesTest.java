package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.OfferStatus;
import com.evently.ticketing.booking.domain.SeatLimitConflict;
import com.evently.ticketing.booking.domain.TooManySeats;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.booking.application.TestEvents.aBuyer;
import static com.evently.ticketing.booking.application.TestEvents.aKey;
import static com.evently.ticketing.booking.application.TestEvents.booking;
import static com.evently.ticketing.booking.application.TestEvents.cancellationOf;
import static com.evently.ticketing.booking.application.TestEvents.firstLineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The branches of the waiting-list use cases, on in-memory ports (the full-stack tests cover locking and races). */
class WaitlistUseCasesTest {

    final InMemoryWaitlistCore waitlistCore = new InMemoryWaitlistCore();
    final InMemoryBookingCore core = waitlistCore.core;
    final Buyer first = aBuyer();
    final Buyer second = aBuyer();
    final Buyer third = aBuyer();

    /** A line of {@code capacity} seats with {@code available} of them left. */
    EventSnapshot lineWith(int capacity, int available) {
        EventSnapshot event = TestEvents.eventOnSale(capacity);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        core.inventory.update(new InventoryLine(firstLineOf(event), capacity, available));
        return event;
    }

    Waitlist.Standing join(Buyer buyer, EventSnapshot event, int quantity) {
        return waitlistCore.joiningWaitlist().join(new JoinWaitlistCommand(buyer, firstLineOf(event), quantity));
    }

    /** Puts seats back on the line and tells the waiting list, as every releasing use case does. */
    void release(EventSnapshot event, int seats) {
        InventoryLineKey key = firstLineOf(event);
        waitlistCore.transactions.inTransaction(() -> {
            InventoryLine line = core.inventory.lockLine(key).orElseThrow();
            core.inventory.update(new InventoryLine(key, line.capacity(), line.available() + seats));
            waitlistCore.offeringReleasedSeats().releasedOn(key);
        });
    }

    WaitlistOffer offerOf(Buyer buyer) {
        return waitlistCore.offers.all().stream().filter(offer -> offer.belongsTo(buyer.userId())).findFirst().orElseThrow();
    }

    @Test
    void joinsASoldOutLineBehindThoseAlreadyWaiting() {
        EventSnapshot event = lineWith(5, 0);

        assertThat(join(first, event, 1).position()).isEqualTo(1);
        assertThat(join(second, event, 2).position()).isEqualTo(2);
    }

    @Test
    void refusesToWaitForSeatsThatCanBeBookedAndStoresNothing() {
        EventSnapshot event = lineWith(5, 2);

        assertThatThrownBy(() -> join(first, event, 2))
                .isInstanceOfSatisfying(SeatsStillOnSaleConflict.class, conflict -> assertThat(conflict.available()).isEqualTo(2));
        assertThat(waitlistCore.waitlist.rows).isEmpty();
        assertThat(join(first, event, 3).position()).isEqualTo(1);
    }

    @Test
    void refusesASecondEntryTooManySeatsAndACancelledEvent() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);

        assertThatThrownBy(() -> join(first, event, 2)).isInstanceOf(AlreadyWaitingConflict.class);
        assertThatThrownBy(() -> join(second, event, InMemoryBookingCore.MAX_SEATS_PER_BOOKING + 1))
                .isInstanceOf(TooManySeats.class);
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(cancellationOf(event, "Off")));
        assertThatThrownBy(() -> join(second, event, 1)).isInstanceOf(EventCancelledConflict.class);
        assertThat(waitlistCore.waitlist.rows).hasSize(1);
    }

    @Test
    void releasedSeatsGoToTheFirstEntriesThatFitInJoinOrder() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 3);
        join(second, event, 1);
        join(third, event, 1);

        release(event, 2);

        assertThat(waitlistCore.offers.all()).extracting(offer -> offer.buyer().userId())
                .containsExactly(second.userId(), third.userId());
        assertThat(core.inventory.availableOf(firstLineOf(event))).isZero();
        assertThat(waitlistCore.waitlist.standingsOf(first.userId(), event.eventId()))
                .singleElement().satisfies(standing -> assertThat(standing.position()).isEqualTo(1));
        assertThat(waitlistCore.events.offersMade).hasSize(2);
        WaitlistOffer offer = offerOf(second);
        assertThat(offer.status()).isEqualTo(OfferStatus.OPEN);
        assertThat(offer.expiresAt()).isEqualTo(offer.createdAt().plus(InMemoryWaitlistCore.OFFER_LIFETIME));
    }

    @Test
    void anEventsOwnOfferLifetimeWins() {
        EventSnapshot event = lineWith(5, 0);
        waitlistCore.waitlist.eventLifetime = Duration.ofMinutes(5);
        join(first, event, 1);

        release(event, 1);

        WaitlistOffer offer = offerOf(first);
        assertThat(offer.expiresAt()).isEqualTo(offer.createdAt().plus(Duration.ofMinutes(5)));
    }

    @Test
    void nothingIsOfferedForACancelledEvent() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        core.markingEventCancelled().markCancelled(new MarkEventCancelledCommand(cancellationOf(event, "Off")));

        release(event, 1);

        assertThat(waitlistCore.offers.all()).isEmpty();
        assertThat(core.inventory.availableOf(firstLineOf(event))).isEqualTo(1);
    }

    @Test
    void acceptingBooksTheHeldSeatsWithoutTouchingTheInventoryAndRepeatsTheSameBooking() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 2);
        release(event, 2);
        UUID offerId = offerOf(first).id();

        AcceptedOffer accepted = waitlistCore.acceptingWaitlistOffer().accept(offerId, first.userId());

        assertThat(accepted).isInstanceOf(AcceptedOffer.Confirmed.class);
        assertThat(accepted.booking().quantity()).isEqualTo(2);
        assertThat(accepted.booking().buyer()).isEqualTo(first);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isZero();
        assertThat(core.integrationEvents.bookingsConfirmed).singleElement()
                .satisfies(confirmed -> assertThat(confirmed.booking()).isEqualTo(accepted.booking()));
        assertThat(offerOf(first).status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offerOf(first).bookingId()).isEqualTo(accepted.booking().id());
        assertThat(core.metrics.bookingsConfirmed).isOne();
        assertThat(waitlistCore.events.offersAccepted).singleElement().satisfies(acceptance -> {
            assertThat(acceptance.offer().id()).isEqualTo(offerId);
            assertThat(acceptance.offer().bookingId()).isEqualTo(accepted.booking().id());
        });

        AcceptedOffer again = waitlistCore.acceptingWaitlistOffer().accept(offerId, first.userId());
        assertThat(again).isInstanceOf(AcceptedOffer.Replayed.class);
        assertThat(again.booking()).isEqualTo(accepted.booking());
        assertThat(core.bookings.rows).hasSize(1);
        assertThat(core.metrics.bookingsConfirmed).isOne();
        assertThat(waitlistCore.events.offersAccepted).as("a replay announces nothing").hasSize(1);
    }

    @Test
    void someoneElsesOrALapsedOfferCannotBeAccepted() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        release(event, 1);
        WaitlistOffer offer = offerOf(first);

        assertThatThrownBy(() -> waitlistCore.acceptingWaitlistOffer().accept(offer.id(), second.userId()))
                .isInstanceOf(WaitlistOfferNotFound.class);
        waitlistCore.offers.rows.put(offer.id(), new WaitlistOffer(offer.id(), offer.buyer(), offer.line(),
                offer.quantity(), OfferStatus.OPEN, InMemoryBookingCore.NOW.truncatedTo(ChronoUnit.MICROS), null,
                offer.createdAt()));
        assertThatThrownBy(() -> waitlistCore.acceptingWaitlistOffer().accept(offer.id(), first.userId()))
                .isInstanceOfSatisfying(WaitlistOfferClosedConflict.class,
                        closed -> assertThat(closed.status()).isEqualTo(OfferStatus.EXPIRED));
        assertThat(core.bookings.rows).isEmpty();
        assertThat(waitlistCore.events.offersAccepted).isEmpty();
    }

    @Test
    void decliningReturnsTheSeatsAndOffersThemToTheNextInLine() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        join(second, event, 1);
        release(event, 1);

        WaitlistOffer declined = waitlistCore.decliningWaitlistOffer().decline(offerOf(first).id(), first.userId());

        assertThat(declined.status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(offerOf(first).status()).isEqualTo(OfferStatus.DECLINED);
        assertThat(offerOf(second).status()).isEqualTo(OfferStatus.OPEN);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isZero();
        assertThat(waitlistCore.decliningWaitlistOffer().decline(declined.id(), first.userId()).status())
                .as("repeatable").isEqualTo(OfferStatus.DECLINED);
        assertThat(waitlistCore.offers.all()).hasSize(2);
    }

    @Test
    void expiryReturnsTheSeatsOfLapsedOffersOnlyAndOffersThemOn() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        join(second, event, 1);
        release(event, 1);
        WaitlistOffer offer = offerOf(first);
        Instant past = InMemoryBookingCore.NOW.minusSeconds(1);
        waitlistCore.offers.rows.put(offer.id(), new WaitlistOffer(offer.id(), offer.buyer(), offer.line(),
                offer.quantity(), OfferStatus.OPEN, past, null, offer.createdAt()));

        assertThat(waitlistCore.expiringWaitlistOffers().expireLapsed()).singleElement()
                .isEqualTo(new OfferExpiry.Expired(offer.id(), 1));

        assertThat(offerOf(first).status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(offerOf(second).status()).as("not lapsed: left alone").isEqualTo(OfferStatus.OPEN);
        assertThat(core.inventory.availableOf(firstLineOf(event))).isZero();
        assertThat(waitlistCore.events.offersExpired).singleElement().satisfies(expiry -> {
            assertThat(expiry.offer().id()).isEqualTo(offer.id());
            assertThat(expiry.offer().status()).isEqualTo(OfferStatus.EXPIRED);
            assertThat(expiry.event()).isEqualTo(event);
        });
        assertThat(waitlistCore.expiringWaitlistOffers().expireLapsed()).isEmpty();
        assertThat(waitlistCore.events.offersExpired).as("expired once").hasSize(1);
    }

    @Test
    void decliningAnnouncesNoExpiry() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        release(event, 1);

        waitlistCore.decliningWaitlistOffer().decline(offerOf(first).id(), first.userId());

        assertThat(waitlistCore.events.offersExpired).isEmpty();
        assertThat(waitlistCore.events.offersAccepted).isEmpty();
    }

    /** {@code buyer} books {@code seats} of a line with room for them; the line then has none left and a per-user cap. */
    EventSnapshot soldOutLineWhere(Buyer buyer, int seats, int maxSeatsPerUser) {
        EventSnapshot event = lineWith(20, 20);
        core.placingBooking().place(booking(buyer, aKey(), event, seats));
        core.inventory.update(new InventoryLine(firstLineOf(event), 20, 0, maxSeatsPerUser));
        return event;
    }

    @Test
    void joiningCountsTheSeatsTheUserHoldsAgainstTheLinesLimit() {
        EventSnapshot event = soldOutLineWhere(first, 3, 4);

        assertThatThrownBy(() -> join(first, event, 2))
                .isInstanceOfSatisfying(SeatLimitConflict.class, reached -> {
                    assertThat(reached.maxSeatsPerUser()).isEqualTo(4);
                    assertThat(reached.held()).isEqualTo(3);
                });
        assertThat(waitlistCore.waitlist.rows).isEmpty();
        assertThat(join(first, event, 1).position()).isEqualTo(1);
        assertThat(join(second, event, 4).position()).as("others are not counted").isEqualTo(2);
    }

    @Test
    void joiningFallsBackToTheDefaultLimitWhenTheLineSetsNone() {
        EventSnapshot event = lineWith(20, 20);
        int booked = InMemoryBookingCore.MAX_SEATS_PER_BOOKING;
        core.placingBooking().place(booking(first, aKey(), event, booked));
        core.inventory.update(new InventoryLine(firstLineOf(event), 20, 0, null));
        int room = InMemoryBookingCore.MAX_SEATS_PER_USER - booked;

        assertThatThrownBy(() -> join(first, event, room + 1)).isInstanceOf(SeatLimitConflict.class);
        assertThat(join(first, event, room).position()).isEqualTo(1);
    }

    @Test
    void acceptingCountsSeatsBookedSinceJoiningAndLeavesTheOfferOpen() {
        EventSnapshot event = soldOutLineWhere(first, 1, 4);
        join(first, event, 2);
        release(event, 2);
        WaitlistOffer offer = offerOf(first);
        core.inventory.update(new InventoryLine(firstLineOf(event), 20, 2, 4));
        core.placingBooking().place(booking(first, aKey(), event, 2));

        assertThatThrownBy(() -> waitlistCore.acceptingWaitlistOffer().accept(offer.id(), first.userId()))
                .isInstanceOfSatisfying(SeatLimitConflict.class, reached -> {
                    assertThat(reached.maxSeatsPerUser()).isEqualTo(4);
                    assertThat(reached.held()).as("the offer's own seats are not counted twice").isEqualTo(3);
                });
        assertThat(offerOf(first).status()).isEqualTo(OfferStatus.OPEN);
        assertThat(core.bookings.rows).hasSize(2);
        assertThat(core.metrics.bookingsConfirmed).isEqualTo(2);
    }

    @Test
    void acceptingUpToTheLimitBooks() {
        EventSnapshot event = soldOutLineWhere(first, 2, 4);
        join(first, event, 2);
        release(event, 2);

        AcceptedOffer accepted = waitlistCore.acceptingWaitlistOffer().accept(offerOf(first).id(), first.userId());

        assertThat(accepted).isInstanceOf(AcceptedOffer.Confirmed.class);
        assertThat(core.bookings.seatsHeldBy(first.userId(), firstLineOf(event))).isEqualTo(4);
    }

    @Test
    void leavingMovesThoseBehindUpAfterHoldingTheLine() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        join(second, event, 1);
        core.journal.clear();

        waitlistCore.leavingWaitlist().leave(first.userId(), firstLineOf(event));

        assertThat(core.journal).containsExactly("lock line " + firstLineOf(event).ticketTypeId());
        assertThat(waitlistCore.waitlist.standingsOf(first.userId(), event.eventId())).isEmpty();
        assertThat(waitlistCore.waitlist.standingsOf(second.userId(), event.eventId()))
                .singleElement().satisfies(standing -> assertThat(standing.position()).isEqualTo(1));
    }

    @Test
    void leavingALineOneDoesNotWaitOnOrThatDoesNotExistIsNotFound() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        InventoryLineKey noSuchLine = new InventoryLineKey(event.eventId(), UUID.randomUUID(), UUID.randomUUID());

        assertThatThrownBy(() -> waitlistCore.leavingWaitlist().leave(second.userId(), firstLineOf(event)))
                .isInstanceOf(WaitlistEntryNotFound.class);
        assertThatThrownBy(() -> waitlistCore.leavingWaitlist().leave(first.userId(), noSuchLine))
                .isInstanceOf(WaitlistEntryNotFound.class);
        assertThat(waitlistCore.waitlist.rows).hasSize(1);
    }

    /** An offer takes the user off the list: what is left to leave is nothing, and the offer stays theirs. */
    @Test
    void leavingAfterAnOfferWasMadeLeavesTheOfferOpen() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        release(event, 1);

        assertThatThrownBy(() -> waitlistCore.leavingWaitlist().leave(first.userId(), firstLineOf(event)))
                .isInstanceOf(WaitlistEntryNotFound.class);
        assertThat(offerOf(first).status()).isEqualTo(OfferStatus.OPEN);
    }

    @Test
    void theStandingShowsTheCallersOwnPlacesAndOpenOffersForTheEventOnly() {
        EventSnapshot event = lineWith(5, 0);
        join(first, event, 1);
        join(second, event, 1);
        join(third, event, 1);
        release(event, 1);
        ViewingWaitlist viewing = waitlistCore.viewingWaitlist();

        WaitlistStanding offered = viewing.standingOf(first.userId(), event.eventId());
        WaitlistStanding waiting = viewing.standingOf(third.userId(), event.eventId());

        assertThat(offered.entries()).isEmpty();
        assertThat(offered.openOffers()).containsExactly(offerOf(first));
        assertThat(waiting.entries()).singleElement().satisfies(standing -> {
            assertThat(standing.position()).isEqualTo(2);
            assertThat(standing.entry().buyer()).isEqualTo(third);
        });
        assertThat(waiting.openOffers()).isEmpty();
        assertThat(viewing.standingOf(first.userId(), UUID.randomUUID()))
                .isEqualTo(new WaitlistStanding(List.of(), List.of()));
    }
}
