package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.KnownBooking;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketIssuance;
import com.evently.ticketing.ticket.domain.TicketStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.RANDOM;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.UNSIGNED;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.confirmedBooking;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.signingPasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** {@link IssuingTickets} against in-memory ports: every branch in milliseconds. */
class IssuingTicketsTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryKnownBookings knownBookings = new InMemoryKnownBookings();
    private final RecordingTicketEvents events = new RecordingTicketEvents(transactions::active);
    private final List<TicketIssuance> announced = events.issued;
    private final List<Boolean> announcedInsideTransaction = events.insideTransaction;
    private final List<Integer> counted = new ArrayList<>();
    private final IssuingTickets issuingTickets = new IssuingTickets(transactions, knownBookings, tickets,
            events,
            counted::add, signingPasses(new InMemoryPassKeys(), new ReadablePassTokens()), RANDOM, CLOCK);

    @Test
    void issuesOneValidTicketPerSeatAtTheClocksTime() {
        ConfirmedBooking booking = confirmedBooking(UUID.randomUUID(), 3);

        IssuedTickets outcome = issuingTickets.issueFor(booking);

        assertThat(outcome).isInstanceOf(IssuedTickets.Issued.class);
        List<Ticket> issued = ((IssuedTickets.Issued) outcome).issuance().tickets();
        assertThat(issued).extracting(Ticket::seatId).containsExactlyElementsOf(booking.seatIds());
        assertThat(issued).allSatisfy(ticket -> {
            assertThat(ticket.bookingId()).isEqualTo(booking.bookingId());
            assertThat(ticket.userId()).isEqualTo(booking.userId());
            assertThat(ticket.status()).isEqualTo(TicketStatus.VALID);
            assertThat(ticket.issuedAt()).isEqualTo(NOW);
        });
        assertThat(issued).extracting(ticket -> ticket.code().value()).doesNotHaveDuplicates();
        assertThat(tickets.ofBooking(booking.bookingId())).containsExactlyElementsOf(issued);
    }

    @Test
    void storesAndAnnouncesTheTicketsInOneTransaction() {
        ConfirmedBooking booking = confirmedBooking(UUID.randomUUID(), 2);

        IssuedTickets.Issued issued = (IssuedTickets.Issued) issuingTickets.issueFor(booking);

        assertThat(transactions.started()).isEqualTo(1);
        assertThat(announced).containsExactly(issued.issuance());
        assertThat(announcedInsideTransaction).containsExactly(true);
        assertThat(counted).containsExactly(2);
    }

    @Test
    void bookingAlreadyTicketedGetsNoSecondTicketsNorAnnouncement() {
        ConfirmedBooking booking = confirmedBooking(UUID.randomUUID(), 2);
        issuingTickets.issueFor(booking);
        List<Ticket> first = tickets.ofBooking(booking.bookingId());

        IssuedTickets again = issuingTickets.issueFor(booking);

        assertThat(again).isEqualTo(new IssuedTickets.AlreadyIssued(booking.bookingId()));
        assertThat(tickets.ofBooking(booking.bookingId())).containsExactlyElementsOf(first);
        assertThat(announced).hasSize(1);
        assertThat(counted).containsExactly(2);
    }

    @Test
    void bookingCancelledBeforeItsConfirmationArrivedGetsNoTickets() {
        ConfirmedBooking booking = confirmedBooking(UUID.randomUUID(), 2);
        knownBookings.save(KnownBooking.unseen(booking.bookingId()).cancelled(NOW, "Booking cancelled by the buyer"));

        IssuedTickets outcome = issuingTickets.issueFor(booking);

        assertThat(outcome).isEqualTo(new IssuedTickets.BookingAlreadyCancelled(booking.bookingId()));
        assertThat(tickets.ofBooking(booking.bookingId())).isEmpty();
        assertThat(announced).isEmpty();
        assertThat(counted).isEmpty();
    }

    @Test
    void seatThatAlreadyHasATicketFailsTheIssuanceWithoutAnnouncingOrCounting() {
        ConfirmedBooking booking = confirmedBooking(UUID.randomUUID(), 2);
        // another booking already holds a ticket for this booking's last seat
        tickets.addAll(confirmedBooking(UUID.randomUUID(), List.of(booking.seatIds().getLast()))
                .issueTickets(RANDOM, NOW, UNSIGNED).tickets());

        assertThatIllegalStateException().isThrownBy(() -> issuingTickets.issueFor(booking));

        assertThat(tickets.ofBooking(booking.bookingId())).isEmpty();
        assertThat(announced).isEmpty();
        assertThat(counted).isEmpty();
    }
}
