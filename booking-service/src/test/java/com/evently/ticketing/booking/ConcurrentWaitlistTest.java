package com.evently.ticketing.booking;

import com.evently.ticketing.booking.application.ExpiringWaitlistOffers;
import com.evently.ticketing.booking.application.OfferExpiry;
import com.evently.ticketing.booking.application.OfferingReleasedSeats;
import com.evently.ticketing.booking.application.ReleasedSeats;
import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.application.port.out.WaitlistEvents;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two "replicas" of the waiting list — two instances of each use case over the same database, as two booking-service
 * processes would have — racing each other through one start gate.
 */
class ConcurrentWaitlistTest extends WaitlistIntegrationTest {

    @Autowired
    Waitlist waitlistStore;
    @Autowired
    WaitlistOffers offers;
    @Autowired
    EventSnapshots eventSnapshots;
    @Autowired
    CancelledEvents cancelledEvents;
    @Autowired
    CompletedEvents completedEvents;
    @Autowired
    WaitlistEvents waitlistEvents;
    @Autowired
    Clock clock;

    ExecutorService pool;
    ReleasedSeats replicaA;
    ReleasedSeats replicaB;

    @BeforeEach
    void startTwoReplicas() {
        pool = Executors.newFixedThreadPool(16);
        replicaA = replica();
        replicaB = replica();
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private OfferingReleasedSeats replica() {
        return new OfferingReleasedSeats(inventory, waitlistStore, offers, eventSnapshots, cancelledEvents, completedEvents,
                waitlistEvents,
                Duration.ofMinutes(30), clock);
    }

    private ExpiringWaitlistOffers expiryOf(ReleasedSeats replica) {
        return new ExpiringWaitlistOffers(transactions, inventory, offers, replica, eventSnapshots, waitlistEvents, 100,
                clock);
    }

    /** A sold-out line of two seats with {@code waiting} users in line for one seat each, in list order. */
    private List<TestUser> soldOutWith(EventPublished event, int waiting) {
        api.putOnSale(event);
        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 2));
        List<TestUser> line = IntStream.range(0, waiting).mapToObj(i -> TestUser.attendee()).toList();
        line.forEach(user -> waitlist.joined(user, event, 1));
        return line;
    }

    @Test
    void replicasReleasingSeatsAtOnceMakeExactlyOneOfferPerReleasedSeat() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(2);
        List<TestUser> line = soldOutWith(event, 12);

        releaseAtOnce(IntStream.range(0, 8).<Callable<Object>>mapToObj(i -> () -> {
            seatRelease.raiseCapacity(event, 1, i % 2 == 0 ? replicaA : replicaB);
            return null;
        }).toList());

        List<OfferRow> made = offersOf(event);
        assertThat(made).hasSize(8).allSatisfy(offer -> {
            assertThat(offer.status()).isEqualTo("OPEN");
            assertThat(offer.quantity()).isEqualTo(1);
        });
        assertThat(made).extracting(OfferRow::userId).as("the first eight in line, each once")
                .containsExactlyInAnyOrderElementsOf(line.subList(0, 8).stream().map(TestUser::id).toList());
        assertThat(waitlistEntriesOf(event)).isEqualTo(4);
        assertThat(availableOf(event)).isZero();
        assertThat(offersMadeInOutboxFor(event)).isEqualTo(8);
        assertInvariantHolds(event);
    }

    @Test
    void twoReplicasPromotingTheSameReleaseOfferEachSeatOnce() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(2);
        soldOutWith(event, 6);
        // Seats freed without anybody being told yet: both replicas then race to hand them to the waiting list.
        new InventoryRows(jdbc).addSeats(CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event), 3);

        releaseAtOnce(IntStream.range(0, 6).<Callable<Object>>mapToObj(i -> () -> {
            ReleasedSeats replica = i % 2 == 0 ? replicaA : replicaB;
            transactions.inTransaction(() -> {
                inventory.lockLine(SeatRelease.firstLineOf(event)).orElseThrow();
                replica.releasedOn(SeatRelease.firstLineOf(event));
            });
            return null;
        }).toList());

        assertThat(offersOf(event)).hasSize(3);
        assertThat(offersMadeInOutboxFor(event)).isEqualTo(3);
        assertThat(availableOf(event)).isZero();
        assertInvariantHolds(event);
    }

    @Test
    void twoReplicasExpiringTheSameLapsedOffersExpireEachOnceAndOfferEachSeatOnce() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(2);
        List<TestUser> line = soldOutWith(event, 12);
        releaseSeats(event, 8);
        List<OfferRow> first = offersOf(event);
        first.forEach(offer -> lapse(offer.id()));
        ExpiringWaitlistOffers expiryA = expiryOf(replicaA);
        ExpiringWaitlistOffers expiryB = expiryOf(replicaB);

        List<Object> outcomes = releaseAtOnce(List.of(expiryA::expireLapsed, expiryB::expireLapsed));

        List<OfferExpiry> all = outcomes.stream()
                .flatMap(result -> ((List<?>) result).stream()).map(OfferExpiry.class::cast).toList();
        assertThat(all).noneMatch(OfferExpiry.Failed.class::isInstance);
        assertThat(all).filteredOn(OfferExpiry.Expired.class::isInstance).extracting(OfferExpiry::offerId)
                .as("no offer expired twice").doesNotHaveDuplicates();
        List<OfferRow> after = offersOf(event);
        assertThat(after).filteredOn(offer -> first.stream().anyMatch(lapsed -> lapsed.id().equals(offer.id())))
                .extracting(OfferRow::status).containsOnly("EXPIRED").hasSize(8);
        assertThat(after).filteredOn(offer -> offer.status().equals("OPEN")).extracting(OfferRow::userId)
                .as("the four still in line, each once")
                .containsExactlyInAnyOrderElementsOf(line.subList(8, 12).stream().map(TestUser::id).toList());
        assertThat(after).hasSize(12);
        assertThat(offersMadeInOutboxFor(event)).isEqualTo(12);
        first.forEach(lapsed -> assertThat(outboxRows(EventTypes.WAITLIST_OFFER_EXPIRED, lapsed.id().toString()))
                .as("expiry of %s announced once", lapsed.id()).isEqualTo(1));
        assertThat(availableOf(event)).as("eight returned, four offered again").isEqualTo(4);
        assertInvariantHolds(event);
    }

    @Test
    void acceptsDeclinesReleasesAndExpiriesRacingKeepTheInvariant() throws Exception {
        EventPublished event = CatalogEvents.eventOnSale(2);
        List<TestUser> line = soldOutWith(event, 20);
        releaseSeats(event, 8);
        List<OfferRow> made = offersOf(event);
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            OfferRow offer = made.get(i);
            TestUser holder = line.stream().filter(user -> user.id().equals(offer.userId())).findFirst().orElseThrow();
            switch (i % 4) {
                case 0 -> work.add(() -> waitlist.accept(holder, offer.id()).returnResult(String.class).getStatus());
                case 1 -> work.add(() -> waitlist.decline(holder, offer.id()).returnResult(String.class).getStatus());
                case 2 -> lapse(offer.id());
                default -> work.add(() -> waitlist.accept(holder, offer.id()).returnResult(String.class).getStatus());
            }
        }
        work.add(() -> expiryOf(replicaA).expireLapsed());
        work.add(() -> expiryOf(replicaB).expireLapsed());
        for (int i = 0; i < 4; i++) {
            int number = i;
            work.add(() -> {
                seatRelease.raiseCapacity(event, 1, number % 2 == 0 ? replicaA : replicaB);
                return null;
            });
        }

        releaseAtOnce(work);
        // Whatever a racing accept found lapsed-but-unexpired is expired now.
        expiryOf(replicaA).expireLapsed();

        assertInvariantHolds(event);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM (SELECT user_id FROM waitlist_offer
                                               WHERE event_id = :eventId AND status = 'OPEN'
                                               GROUP BY user_id HAVING count(*) > 1) twice
                        """)
                .param("eventId", event.eventId()).query(Integer.class).single())
                .as("nobody holds two open offers").isZero();
        assertThat(bookingsOf(event)).as("the first buyer and four accepted offers").isEqualTo(5);
        // 12 seats now exist; 6 are sold; whatever is neither offered nor sold is on sale only if nobody waits.
        int stillWaiting = waitlistEntriesOf(event);
        if (stillWaiting > 0) {
            assertThat(availableOf(event)).as("free seats go to those waiting first").isZero();
        }
    }

    /** Lines the tasks up behind one start gate, opens it and collects every result. */
    private List<Object> releaseAtOnce(List<Callable<Object>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return task.call();
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        return results;
    }
}
