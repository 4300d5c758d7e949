package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.domain.SeatBucket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BucketLayoutTest {

    final BucketLayout layout = new BucketLayout(50, 16);

    @Test
    void smallLinesKeepOneBucketAndBigOnesAtMostTheMaximum() {
        assertThat(layout.bucketsFor(1)).isOne();
        assertThat(layout.bucketsFor(99)).isOne();
        assertThat(layout.bucketsFor(100)).isEqualTo(2);
        assertThat(layout.bucketsFor(100_000)).isEqualTo(16);
    }

    @Test
    void spreadsSeatsEvenly() {
        assertThat(List.of(0, 1, 2).stream().map(number -> BucketLayout.share(8, 3, number)).toList())
                .containsExactly(3, 3, 2);
    }

    @Test
    void seatsPutBackGoToTheEmptiestBucketsAndSeatsTakenComeFromTheFullest() {
        List<SeatBucket> buckets = List.of(new SeatBucket(0, 4), new SeatBucket(1, 0), new SeatBucket(2, 1));

        assertThat(BucketLayout.moveSeats(buckets, 1)).containsExactly(new SeatBucket(1, 1));
        assertThat(BucketLayout.moveSeats(buckets, 3)).containsExactly(new SeatBucket(1, 2), new SeatBucket(2, 2));
        assertThat(BucketLayout.moveSeats(buckets, -2)).containsExactly(new SeatBucket(0, 2));
        assertThat(BucketLayout.moveSeats(buckets, 0)).isEmpty();
    }

    @Test
    void neverTakesMoreThanTheBucketsHold() {
        assertThatThrownBy(() -> BucketLayout.moveSeats(List.of(new SeatBucket(0, 1)), -2))
                .isInstanceOf(IllegalStateException.class);
    }
}
