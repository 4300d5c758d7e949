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
                .isInstanceOfSatisfying(SoldOutConflict.class, soldOut -> {
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

    @Test
    void releasingGivesSeatsBackButNeverMoreThanWereSold() {
        InventoryLine line = new InventoryLine(key, 10, 7);

        assertThat(line.release(3).available()).isEqualTo(10);
        assertThatThrownBy(() -> line.release(4)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lockOrderIsPostgresUuidOrderNotJavaCompareTo() {
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("f0000000-0000-0000-0000-000000000001");
        InventoryLineKey first = new InventoryLineKey(key.eventId(), low, key.ticketTypeId());
        InventoryLineKey second = new InventoryLineKey(key.eventId(), high, key.ticketTypeId());

        assertThat(high.compareTo(low)).as("Java compares signed longs").isNegative();
        assertThat(InventoryLineKey.LOCK_ORDER.compare(first, second)).isNegative();
    }
}
