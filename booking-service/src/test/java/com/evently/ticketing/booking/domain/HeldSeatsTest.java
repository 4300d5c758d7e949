package com.evently.ticketing.booking.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeldSeatsTest {

    final InventoryLineKey key = new InventoryLineKey(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Test
    void takesFromOneBucketWhenItHasEnough() {
        HeldSeats held = new HeldSeats(key, null, false, List.of(new SeatBucket(5, 4)));

        assertThat(held.take(3)).containsExactly(new SeatBucket(5, 1));
    }

    @Test
    void takesFromTheFullestBucketsFirstWhenTheSeatsAreSpread() {
        HeldSeats held = new HeldSeats(key, null, false,
                List.of(new SeatBucket(0, 1), new SeatBucket(1, 0), new SeatBucket(2, 3), new SeatBucket(3, 2)));

        assertThat(held.take(4)).containsExactly(new SeatBucket(2, 0), new SeatBucket(3, 1));
        assertThat(held.take(6)).containsExactlyInAnyOrder(new SeatBucket(2, 0), new SeatBucket(3, 0),
                new SeatBucket(0, 0));
    }

    @Test
    void refusesMoreSeatsThanTheHeldBucketsHaveTogether() {
        HeldSeats held = new HeldSeats(key, null, false, List.of(new SeatBucket(0, 1), new SeatBucket(1, 2)));

        assertThatThrownBy(() -> held.take(4)).isInstanceOfSatisfying(SoldOutConflict.class, soldOut -> {
            assertThat(soldOut.available()).isEqualTo(3);
            assertThat(soldOut.requested()).isEqualTo(4);
            assertThat(soldOut.line()).isEqualTo(key);
        });
    }

    @Test
    void aBucketNeverGoesBelowZero() {
        assertThatThrownBy(() -> new SeatBucket(0, -1)).hasMessageContaining("negative");
    }
}
