package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CancelledBooking;
import com.evently.ticketing.ticket.domain.ClaimGone;
import com.evently.ticketing.ticket.domain.ClaimNotFound;
import com.evently.ticketing.ticket.domain.ClaimToken;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketClaim;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.evently.ticketing.ticket.domain.TicketClaimConflict;
import com.evently.ticketing.ticket.domain.TicketTransfer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.RANDOM;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.confirmedBookingStartingAt;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.signingPasses;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link ClaimingTicket} against in-memory ports. */
class ClaimingTicketTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryKnownBookings knownBookings = new InMemoryKnownBookings();
    private final InMemoryTicketClaims claims = new InMemoryTicketClaims();
    private final ReadablePassTokens passTokens = new ReadablePassTokens();
    private final SigningPasses passes = signingPasses(new InMemoryPassKeys(), passTokens);
    private final RecordingTicketEvents events = new RecordingTicketEvents(transactions::active);
    private final IssuingTickets issuingTickets = new IssuingTickets(transactions, knownBookings, tickets, events,
            count -> { }, passes, RANDOM, CLOCK);
    private final TransferringTicket transferringTicket = new TransferringTicket(transactions, knownBookings, tickets,
            new InMemoryAccounts(), claims, events, passes, RANDOM, CLOCK);
    private final ClaimingTicket claimingTicket = claimingAt(CLOCK);

    private final UUID buyer = UUID.randomUUID();
    private final Actor bea = new Actor(UUID.randomUUID(), Set.of(Role.USER), "bea.lopes@example.org");
    private final TicketHolder beaAsHolder = new TicketHolder("bea.lopes@example.org", "Beatriz Lopes");

    @Test
    void theLinkMakesTheTicketTheClaimantsMadeOutToTheirAccountWithAPassOfTheirInitials() {
        TicketTransfer transfer = transferToBea();

        Ticket claimed = claimingTicket.claim(bea, beaAsHolder, transfer.claimToken());

        assertThat(claimed.id()).isEqualTo(transfer.next().id());
        assertThat(claimed.code()).isEqualTo(transfer.next().code());
        assertThat(claimed.userId()).isEqualTo(bea.id());
        assertThat(claimed.awaitingClaim()).isFalse();
        assertThat(claimed.holder()).isEqualTo(beaAsHolder);
        assertThat(passTokens.claimsOf(claimed.pass()).holderInitials()).isEqualTo("BL");
        assertThat(tickets.byId(claimed.id()).orElseThrow()).isEqualTo(claimed);
        assertThat(bea.holds(claimed)).isTrue();
        TicketClaim claim = claims.all().getFirst();
        assertThat(claim.claimedBy()).isEqualTo(bea.id());
        assertThat(claim.claimedAt()).isEqualTo(NOW);
        assertThat(events.claimed).singleElement().satisfies(event -> {
            assertThat(event.ticket()).isEqualTo(claimed);
            assertThat(event.transferredToEmail()).isEqualTo("bea@example.com");
        });
        assertThat(events.insideTransaction).containsOnly(true);
    }

    @Test
    void claimingAgainWithTheSameAccountAnswersTheTicketAndAnnouncesNothingMore() {
        TicketTransfer transfer = transferToBea();
        Ticket first = claimingTicket.claim(bea, beaAsHolder, transfer.claimToken());

        Ticket again = claimingTicket.claim(bea, beaAsHolder, transfer.claimToken());

        assertThat(again).isEqualTo(first);
        assertThat(events.claimed).hasSize(1);
    }

    @Test
    void aUsedLinkIsGoneForAnybodyElse() {
        TicketTransfer transfer = transferToBea();
        claimingTicket.claim(bea, beaAsHolder, transfer.claimToken());
        Actor other = new Actor(UUID.randomUUID(), Set.of(Role.USER), "bea@example.com");

        assertThatExceptionOfType(ClaimGone.class).isThrownBy(() -> claimingTicket.claim(other,
                new TicketHolder("bea@example.com", null), transfer.claimToken()));
        assertThat(tickets.byId(transfer.next().id()).orElseThrow().userId()).isEqualTo(bea.id());
    }

    @Test
    void anExpiredLinkIsGoneAndTheTicketStaysUnclaimed() {
        TicketTransfer transfer = transferToBea();
        ClaimingTicket afterTheSession = claimingAt(Clock.offset(CLOCK, Duration.ofDays(3).plusHours(2)));

        assertThatExceptionOfType(ClaimGone.class)
                .isThrownBy(() -> afterTheSession.claim(bea, beaAsHolder, transfer.claimToken()));
        assertThat(tickets.byId(transfer.next().id()).orElseThrow().awaitingClaim()).isTrue();
        assertThat(events.claimed).isEmpty();
    }

    @Test
    void anUnknownTokenIsNotFound() {
        transferToBea();

        assertThatExceptionOfType(ClaimNotFound.class)
                .isThrownBy(() -> claimingTicket.claim(bea, beaAsHolder, ClaimToken.random(RANDOM)));
    }

    @Test
    void aTicketVoidedMeanwhileCannotBeClaimed() {
        TicketTransfer transfer = transferToBea();
        new ApplyingBookingCancellation(transactions, knownBookings, tickets, events, CLOCK)
                .apply(new CancelledBooking(transfer.next().bookingId(), "Event cancelled"));

        assertThatExceptionOfType(TicketClaimConflict.class)
                .isThrownBy(() -> claimingTicket.claim(bea, beaAsHolder, transfer.claimToken()));
        assertThat(tickets.byId(transfer.next().id()).orElseThrow().userId()).isNull();
    }

    private TicketTransfer transferToBea() {
        ConfirmedBooking booking = confirmedBookingStartingAt(buyer, 1, NOW.plus(Duration.ofDays(3)));
        issuingTickets.issueFor(booking);
        Ticket ticket = tickets.ofBooking(booking.bookingId()).getFirst();
        return transferringTicket.transfer(user(buyer), ticket.id(), new TicketHolder("bea@example.com", "Bea"));
    }

    private ClaimingTicket claimingAt(Clock clock) {
        return new ClaimingTicket(transactions, knownBookings, tickets, claims, events, passes, clock);
    }
}
