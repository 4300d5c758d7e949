package com.evently.ticketing.booking.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InventoryLineTest {

    private final InventoryLineKey key = new InventoryLineKey(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Test
    void reservingTakesSeatsOffWhatIsAvailable() {
        InventoryLine line = InventoryLine.unsold(key, 10);

        InventoryLine afterwards = line.reserve(3);

        assertThat(afterwards.available()).isEqualTo(7);
        assertThat(afterwards.capacity()).isEqualTo(10);
    }

    @Test
    void theLastSeatsCanBeReserved() {
        assertThat(new InventoryLine(key, 10, 2).reserve(2).available()).isZero();
    }

    @Test
    void reservingMoreThanIsLeftIsSoldOut() {
        InventoryLine line = new InventoryLine(key, 10, 2);

        assertThatThrownBy(() -> line.reserve(3))
                .isInstanceOfSatisfying(SoldOut.class, soldOut -> {
                    assertThat(soldOut.requested()).isEqualTo(3);
                    assertThat(soldOut.available()).isEqualTo(2);
                    assertThat(soldOut.line()).isEqualTo(key);
                });
    }

    @Test
    void aLineCannotBeOversold() {
        assertThatThrownBy(() -> new InventoryLine(key, 10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InventoryLine(key, 10, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBookingOfNoSeatsIsRefused() {
        assertThatThrownBy(() -> InventoryLine.unsold(key, 10).reserve(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
