package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedbackTest {

    final InventoryLineKey line = new InventoryLineKey(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    Feedback feedback(int rating, String comment) {
        return new Feedback(BookingId.random(), line, UUID.randomUUID(), rating, comment, Instant.EPOCH);
    }

    @Test
    void ratingsOneToFiveAreAccepted() {
        for (int rating = 1; rating <= 5; rating++) {
            assertThat(feedback(rating, null).rating()).isEqualTo(rating);
        }
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() {
        assertThatThrownBy(() -> feedback(0, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> feedback(6, null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void commentOfExactlyTwoThousandCharactersIsAccepted() {
        assertThat(feedback(3, "y".repeat(2000)).comment()).hasSize(2000);
        assertThatThrownBy(() -> feedback(3, "y".repeat(2001))).isInstanceOf(InvalidInput.class);
    }
}
