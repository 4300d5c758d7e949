package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final EventSnapshot.Session session = new EventSnapshot.Session(UUID.randomUUID(), "Evening",
            NOW.plusSeconds(86_400), NOW.plusSeconds(90_000));
    private final EventSnapshot.TicketType ticketType = new EventSnapshot.TicketType(UUID.randomUUID(), "Standing",
            new Price(new BigDecimal("25.00"), "EUR"), 100);
    private final EventSnapshot event = new EventSnapshot(UUID.randomUUID(), UUID.randomUUID(), "Open Air", "Park",
            "Europe/Lisbon", List.of(session), List.of(ticketType), NOW.minusSeconds(3600));
    private final Buyer buyer = new Buyer(UUID.randomUUID(), "ana@example.com", "Ana");

    @Test
    void confirmingABookingReturnsItWithTheEventItCaused() {
        InventoryLineKey line = new InventoryLineKey(event.eventId(), session.id(), ticketType.id());

        Changed<Booking, BookingConfirmedEvent> confirmed = Booking.confirm(BookingId.random(), buyer, line, 3, event, NOW);

        Booking booking = confirmed.aggregate();
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booking.seats()).hasSize(3).doesNotHaveDuplicates();
        assertThat(confirmed.event().booking()).isSameAs(booking);
        assertThat(confirmed.event().event()).isEqualTo(event);
        assertThat(confirmed.event().occurredAt()).isEqualTo(NOW);
        assertThat(confirmed.event().session()).isEqualTo(session);
        assertThat(confirmed.event().ticketType()).isEqualTo(ticketType);
    }

    @Test
    void aBookingIsNotConfirmedWithTheSnapshotOfAnotherEvent() {
        InventoryLineKey lineOfAnotherEvent = new InventoryLineKey(UUID.randomUUID(), session.id(), ticketType.id());

        assertThatThrownBy(() -> Booking.confirm(BookingId.random(), buyer, lineOfAnotherEvent, 1, event, NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void changingToFewerSeatsOfTheSameLineKeepsTheFirstSeats() {
        Booking booking = confirmed(4);

        Changed<Booking, BookingChangedEvent> changed = booking.change(booking.line(), 1, buyer.userId(), event, NOW);

        assertThat(changed.aggregate().seats()).containsExactly(booking.seats().getFirst());
        assertThat(changed.event().released()).containsExactlyElementsOf(booking.seats().subList(1, 4));
        assertThat(changed.event().added()).isEmpty();
        assertThat(changed.aggregate().revision()).isEqualTo(1);
        assertThat(changed.aggregate().history().getLast().kind()).isEqualTo(BookingStatusChange.Kind.CHANGED);
    }

    @Test
    void aCancelledBookingCannotBeChangedOrCancelledAgain() {
        Booking cancelled = confirmed(2).cancel(CancellationCause.BUYER, buyer.userId(), null, event, NOW).aggregate();

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.seats()).hasSize(2);
        assertThatThrownBy(() -> cancelled.change(cancelled.line(), 1, buyer.userId(), event, NOW))
                .isInstanceOf(BookingCancelledConflict.class);
        assertThatThrownBy(() -> cancelled.cancel(CancellationCause.ADMIN, null, null, event, NOW))
                .isInstanceOf(BookingCancelledConflict.class);
    }

    @Test
    void aBookingCannotMoveToAnotherEvent() {
        Booking booking = confirmed(1);
        InventoryLineKey elsewhere = new InventoryLineKey(UUID.randomUUID(), session.id(), ticketType.id());

        assertThatThrownBy(() -> booking.change(elsewhere, 1, buyer.userId(), event, NOW)).isInstanceOf(InvalidInput.class);
    }

    private Booking confirmed(int quantity) {
        InventoryLineKey line = new InventoryLineKey(event.eventId(), session.id(), ticketType.id());
        return Booking.confirm(BookingId.random(), buyer, line, quantity, event, NOW).aggregate();
    }
}
