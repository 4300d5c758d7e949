package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.ChangedBooking;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.KnownBooking;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketIssuance;
import com.evently.ticketing.ticket.domain.TicketStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.RANDOM;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.confirmedBooking;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.signingPasses;
import static org.assertj.core.api.Assertions.assertThat;

/** {@link ApplyingBookingChange} against in-memory ports. */
class ApplyingBookingChangeTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryKnownBookings knownBookings = new InMemoryKnownBookings();
    private final RecordingTicketEvents events = new RecordingTicketEvents(transactions::active);
    private final List<TicketIssuance> announced = events.issued;
    private final List<Integer> counted = new ArrayList<>();
    private final SigningPasses passes = signingPasses(new InMemoryPassKeys(), new ReadablePassTokens());
    private final IssuingTickets issuingTickets = new IssuingTickets(transactions, knownBookings, tickets,
            events, counted::add, passes, RANDOM, CLOCK);
    private final ApplyingBookingChange applyingChange = new ApplyingBookingChange(transactions, knownBookings,
            tickets, events, counted::add, passes, RANDOM, CLOCK);

    private final ConfirmedBooking booking = confirmedBooking(UUID.randomUUID(), 3);

    @Test
    void releasedSeatsTicketsAreVoidedAndAddedSeatsTicketed() {
        issuingTickets.issueFor(booking);
        List<UUID> kept = booking.seatIds().subList(0, 2);
        UUID released = booking.seatIds().get(2);
        List<UUID> added = List.of(UUID.randomUUID(), UUID.randomUUID());

        AppliedBookingChange outcome = applyingChange.apply(changed(1, concat(kept, added)));

        assertThat(outcome).isInstanceOf(AppliedBookingChange.Applied.class);
        assertThat(statusOfSeat(released)).isEqualTo(TicketStatus.VOID);
        Ticket voided = ticketOfSeat(released);
        assertThat(voided.statusChangedAt()).isEqualTo(NOW);
        assertThat(voided.statusReason()).contains("changed", "revision 1");
        assertThat(kept).allSatisfy(seat -> assertThat(statusOfSeat(seat)).isEqualTo(TicketStatus.VALID));
        assertThat(added).allSatisfy(seat -> assertThat(statusOfSeat(seat)).isEqualTo(TicketStatus.VALID));
        assertThat(tickets.ofBooking(booking.bookingId())).hasSize(5);
        // the confirmation's issuance, then one for the added seats alone
        assertThat(announced).hasSize(2);
        assertThat(announced.getLast().tickets()).extracting(Ticket::seatId).containsExactlyElementsOf(added);
        assertThat(counted).containsExactly(3, 2);
        assertThat(events.voidedByChange).singleElement().satisfies(voidedTickets ->
                assertThat(voidedTickets).extracting(Ticket::seatId).containsExactly(released));
        assertThat(knownBookings.of(booking.bookingId()).revision()).isEqualTo(1);
    }

    @Test
    void sameRevisionAppliedTwiceIssuesNothingTheSecondTime() {
        issuingTickets.issueFor(booking);
        ChangedBooking change = changed(1, concat(booking.seatIds(), List.of(UUID.randomUUID())));
        applyingChange.apply(change);

        AppliedBookingChange again = applyingChange.apply(change);

        assertThat(again).isEqualTo(new AppliedBookingChange.Stale(booking.bookingId(), 1, 1));
        assertThat(tickets.ofBooking(booking.bookingId())).hasSize(4);
        assertThat(announced).hasSize(2);
    }

    @Test
    void olderRevisionArrivingAfterANewerOneChangesNothing() {
        issuingTickets.issueFor(booking);
        applyingChange.apply(changed(2, booking.seatIds().subList(0, 1)));

        AppliedBookingChange late = applyingChange.apply(changed(1, concat(booking.seatIds(), List.of(UUID.randomUUID()))));

        assertThat(late).isEqualTo(new AppliedBookingChange.Stale(booking.bookingId(), 1, 2));
        assertThat(tickets.ofBooking(booking.bookingId())).hasSize(3)
                .filteredOn(Ticket::isValid).extracting(Ticket::seatId).containsExactly(booking.seatIds().getFirst());
    }

    @Test
    void newerRevisionVoidsSeatsReleasedByASkippedOne() {
        issuingTickets.issueFor(booking);

        // revision 1 (releasing the last seat) never arrived; revision 2 released the second one as well
        applyingChange.apply(changed(2, booking.seatIds().subList(0, 1)));

        assertThat(tickets.ofBooking(booking.bookingId())).filteredOn(Ticket::isValid).extracting(Ticket::seatId)
                .containsExactly(booking.seatIds().getFirst());
    }

    @Test
    void changeArrivingBeforeTheConfirmationTicketsTheCurrentSeatsAndTheConfirmationThenIssuesNothing() {
        List<UUID> current = concat(booking.seatIds().subList(0, 1), List.of(UUID.randomUUID()));

        applyingChange.apply(changed(1, current));
        IssuedTickets late = issuingTickets.issueFor(booking);

        assertThat(late).isEqualTo(new IssuedTickets.AlreadyIssued(booking.bookingId()));
        assertThat(tickets.ofBooking(booking.bookingId())).extracting(Ticket::seatId)
                .containsExactlyInAnyOrderElementsOf(current);
    }

    @Test
    void changeOfACancelledBookingIssuesNothing() {
        issuingTickets.issueFor(booking);
        knownBookings.save(knownBookings.lock(booking.bookingId()).cancelled(NOW, "Event cancelled"));

        AppliedBookingChange outcome = applyingChange.apply(changed(1, List.of(UUID.randomUUID())));

        assertThat(outcome).isEqualTo(new AppliedBookingChange.BookingAlreadyCancelled(booking.bookingId(), 1));
        assertThat(tickets.ofBooking(booking.bookingId())).hasSize(3);
        assertThat(announced).hasSize(1);
    }

    @Test
    void changeThatOnlyReleasesSeatsAnnouncesNothing() {
        issuingTickets.issueFor(booking);

        AppliedBookingChange.Applied outcome =
                (AppliedBookingChange.Applied) applyingChange.apply(changed(1, booking.seatIds().subList(0, 2)));

        assertThat(outcome.issued()).isEmpty();
        assertThat(outcome.voided()).extracting(Ticket::seatId).containsExactly(booking.seatIds().get(2));
        assertThat(announced).hasSize(1);
        assertThat(knownBookings.of(booking.bookingId())).isEqualTo(new KnownBooking(booking.bookingId(), 1, null, null));
    }

    private ChangedBooking changed(int revision, List<UUID> seats) {
        return new ChangedBooking(revision, booking.withSeats(seats));
    }

    private Ticket ticketOfSeat(UUID seat) {
        return tickets.all().stream().filter(ticket -> ticket.seatId().equals(seat)).findFirst().orElseThrow();
    }

    private TicketStatus statusOfSeat(UUID seat) {
        return ticketOfSeat(seat).status();
    }

    private static List<UUID> concat(List<UUID> first, List<UUID> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
