package com.evently.ticketing.booking.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitlistOfferTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    final InventoryLineKey line = new InventoryLineKey(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    final Buyer buyer = new Buyer(UUID.randomUUID(), "ana@example.com", "Ana");

    WaitlistOffer open() {
        return new WaitlistOffer(UUID.randomUUID(), buyer, line, 2, OfferStatus.OPEN, NOW.plus(Duration.ofMinutes(30)),
                null, NOW);
    }

    @Test
    void lapsesAtItsDeadline() {
        WaitlistOffer offer = open();

        assertThat(offer.hasLapsedAt(NOW.plus(Duration.ofMinutes(29)))).isFalse();
        assertThat(offer.hasLapsedAt(NOW.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(offer.declined().hasLapsedAt(NOW.plus(Duration.ofHours(1)))).as("only an open offer lapses").isFalse();
    }

    @Test
    void declinedOrExpiredOffersGiveTheirSeatsBack() {
        InventoryLine soldOut = new InventoryLine(line, 10, 0);

        assertThat(open().declined().returnSeatsTo(soldOut).available()).isEqualTo(2);
        assertThat(open().expired().returnSeatsTo(soldOut).available()).isEqualTo(2);
        assertThatThrownBy(() -> open().returnSeatsTo(soldOut)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> open().accepted(BookingId.random()).returnSeatsTo(soldOut))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAnOpenOfferChangesStatus() {
        WaitlistOffer accepted = open().accepted(BookingId.random());

        assertThat(accepted.status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThatThrownBy(accepted::declined).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> open().expired().accepted(BookingId.random())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void exactlyAnAcceptedOfferCarriesABooking() {
        assertThatThrownBy(() -> new WaitlistOffer(UUID.randomUUID(), buyer, line, 1, OfferStatus.ACCEPTED, NOW, null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitlistOffer(UUID.randomUUID(), buyer, line, 1, OfferStatus.OPEN, NOW,
                BookingId.random(), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
