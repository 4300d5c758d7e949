package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.CancelledBooking;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketStatus;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.RANDOM;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.confirmedBooking;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.signingPasses;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link ApplyingBookingCancellation} against in-memory ports. */
class ApplyingBookingCancellationTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryKnownBookings knownBookings = new InMemoryKnownBookings();
    private final RecordingTicketEvents events = new RecordingTicketEvents(() -> true);
    private final IssuingTickets issuingTickets = new IssuingTickets(transactions, knownBookings, tickets,
            new RecordingTicketEvents(() -> true), count -> { }, signingPasses(new InMemoryPassKeys(), new ReadablePassTokens()), RANDOM,
            CLOCK);
    private final ApplyingBookingCancellation applyingCancellation =
            new ApplyingBookingCancellation(transactions, knownBookings, tickets, events, CLOCK);

    private final ConfirmedBooking booking = confirmedBooking(UUID.randomUUID(), 3);

    @Test
    void everyTicketOfTheBookingBecomesVoidWithTimeAndReason() {
        issuingTickets.issueFor(booking);

        AppliedBookingCancellation outcome =
                applyingCancellation.apply(new CancelledBooking(booking.bookingId(), "Event cancelled"));

        assertThat(outcome).isInstanceOf(AppliedBookingCancellation.Voided.class);
        assertThat(tickets.ofBooking(booking.bookingId())).hasSize(3).allSatisfy(ticket -> {
            assertThat(ticket.status()).isEqualTo(TicketStatus.VOID);
            assertThat(ticket.statusChangedAt()).isEqualTo(NOW);
            assertThat(ticket.statusReason()).isEqualTo("Event cancelled");
        });
        assertThat(events.voidedByCancellation).singleElement().satisfies(voided ->
                assertThat(voided).extracting(Ticket::status).hasSize(3).containsOnly(TicketStatus.VOID));
        assertThat(events.insideTransaction).containsOnly(true);
        assertThat(transactions.started()).isEqualTo(2);
    }

    @Test
    void secondCancellationChangesNothing() {
        issuingTickets.issueFor(booking);
        applyingCancellation.apply(new CancelledBooking(booking.bookingId(), "Booking cancelled by the buyer"));

        AppliedBookingCancellation again =
                applyingCancellation.apply(new CancelledBooking(booking.bookingId(), "Event cancelled"));

        assertThat(again).isEqualTo(new AppliedBookingCancellation.AlreadyCancelled(booking.bookingId()));
        assertThat(tickets.ofBooking(booking.bookingId())).extracting(Ticket::statusReason)
                .containsOnly("Booking cancelled by the buyer");
        assertThat(events.voidedByCancellation).hasSize(1);
    }

    @Test
    void cancellationBeforeTheConfirmationLeavesTheBookingWithoutTickets() {
        AppliedBookingCancellation outcome =
                applyingCancellation.apply(new CancelledBooking(booking.bookingId(), "Booking cancelled by the buyer"));
        IssuedTickets late = issuingTickets.issueFor(booking);

        assertThat(outcome).isEqualTo(new AppliedBookingCancellation.Voided(booking.bookingId(), java.util.List.of()));
        assertThat(late).isEqualTo(new IssuedTickets.BookingAlreadyCancelled(booking.bookingId()));
        assertThat(tickets.ofBooking(booking.bookingId())).isEmpty();
        assertThat(events.voidedByCancellation).isEmpty();
    }
}
