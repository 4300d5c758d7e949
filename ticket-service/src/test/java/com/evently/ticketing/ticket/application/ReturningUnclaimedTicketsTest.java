package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CancelledBooking;
import com.evently.ticketing.ticket.domain.ClaimGone;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.ReturnedTicket;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.evently.ticketing.ticket.domain.TicketStatus;
import com.evently.ticketing.ticket.domain.TicketTransfer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
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

/** {@link ReturningUnclaimedTickets} against in-memory ports. */
class ReturningUnclaimedTicketsTest {

    /** The session starts in three days and lasts two hours: the claim expires when it ends. */
    private static final Clock AFTER_THE_SESSION = Clock.offset(CLOCK, Duration.ofDays(3).plusHours(3));

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryKnownBookings knownBookings = new InMemoryKnownBookings();
    private final InMemoryTicketClaims claims = new InMemoryTicketClaims();
    private final SigningPasses passes = signingPasses(new InMemoryPassKeys(), new ReadablePassTokens());
    private final RecordingTicketEvents events = new RecordingTicketEvents(transactions::active);
    private final IssuingTickets issuingTickets = new IssuingTickets(transactions, knownBookings, tickets, events,
            count -> { }, passes, RANDOM, CLOCK);
    private final TransferringTicket transferringTicket = new TransferringTicket(transactions, knownBookings, tickets,
            new InMemoryAccounts(), claims, events, passes, RANDOM, CLOCK);

    private final UUID buyer = UUID.randomUUID();
    private final Actor bea = new Actor(UUID.randomUUID(), Set.of(Role.USER), "bea@example.com");

    @Test
    void anExpiredUnclaimedTicketGoesBackToItsGiverWithANewCodeAndPassOnce() {
        TicketTransfer transfer = transferToBea();

        List<ReturnedTicket> returned = returningAt(AFTER_THE_SESSION).returnExpired(10);

        assertThat(returned).hasSize(1);
        Ticket back = returned.getFirst().returned();
        assertThat(back.id()).isNotIn(transfer.previous().id(), transfer.next().id());
        assertThat(back.seatId()).isEqualTo(transfer.next().seatId());
        assertThat(back.userId()).isEqualTo(buyer);
        assertThat(back.holder()).isEqualTo(transfer.previous().holder());
        assertThat(back.awaitingClaim()).isFalse();
        assertThat(back.isValid()).isTrue();
        assertThat(back.code()).isNotIn(transfer.previous().code(), transfer.next().code());
        assertThat(back.pass()).isNotIn(transfer.previous().pass(), transfer.next().pass());
        assertThat(tickets.byId(back.id())).contains(back);
        assertThat(tickets.byId(transfer.next().id()).orElseThrow().status()).isEqualTo(TicketStatus.REVOKED);
        assertThat(claims.all().getFirst().isReturned()).isTrue();
        assertThat(events.returned).containsExactlyElementsOf(returned);
        assertThat(events.transferred).hasSize(1);
        assertThat(events.insideTransaction).containsOnly(true);

        assertThat(returningAt(AFTER_THE_SESSION).returnExpired(10)).as("a second run").isEmpty();
        assertThat(events.returned).hasSize(1);
    }

    @Test
    void aClaimNotYetExpiredIsLeftAlone() {
        TicketTransfer transfer = transferToBea();

        assertThat(returningAt(Clock.offset(CLOCK, Duration.ofDays(3))).returnExpired(10)).isEmpty();

        assertThat(tickets.byId(transfer.next().id()).orElseThrow().awaitingClaim()).isTrue();
        assertThat(claims.all().getFirst().isReturned()).isFalse();
        assertThat(events.returned).isEmpty();
    }

    @Test
    void aClaimedTicketStaysWithItsClaimant() {
        TicketTransfer transfer = transferToBea();
        new ClaimingTicket(transactions, knownBookings, tickets, claims, events, passes, CLOCK)
                .claim(bea, new TicketHolder("bea@example.com", "Bea"), transfer.claimToken());

        assertThat(returningAt(AFTER_THE_SESSION).returnExpired(10)).isEmpty();
        assertThat(tickets.byId(transfer.next().id()).orElseThrow().belongsTo(bea.id())).isTrue();
    }

    @Test
    void aTicketVoidedMeanwhileStaysVoid() {
        TicketTransfer transfer = transferToBea();
        new ApplyingBookingCancellation(transactions, knownBookings, tickets, events, CLOCK)
                .apply(new CancelledBooking(transfer.next().bookingId(), "Event cancelled"));

        assertThat(returningAt(AFTER_THE_SESSION).returnExpired(10)).isEmpty();
        assertThat(tickets.ofBooking(transfer.next().bookingId())).noneMatch(Ticket::isValid);
        assertThat(events.returned).isEmpty();
    }

    @Test
    void theLinkOfAReturnedTicketIsGone() {
        TicketTransfer transfer = transferToBea();
        returningAt(AFTER_THE_SESSION).returnExpired(10);

        assertThatExceptionOfType(ClaimGone.class).isThrownBy(() ->
                new ClaimingTicket(transactions, knownBookings, tickets, claims, events, passes, AFTER_THE_SESSION)
                        .claim(bea, new TicketHolder("bea@example.com", "Bea"), transfer.claimToken()));
    }

    @Test
    void aRunReturnsAtMostItsBatch() {
        transferToBea();
        transferToBea();
        transferToBea();

        assertThat(returningAt(AFTER_THE_SESSION).returnExpired(2)).hasSize(2);
        assertThat(returningAt(AFTER_THE_SESSION).returnExpired(2)).hasSize(1);
    }

    private TicketTransfer transferToBea() {
        ConfirmedBooking booking = confirmedBookingStartingAt(buyer, 1, NOW.plus(Duration.ofDays(3)));
        issuingTickets.issueFor(booking);
        Ticket ticket = tickets.ofBooking(booking.bookingId()).getFirst();
        return transferringTicket.transfer(user(buyer), ticket.id(), new TicketHolder("bea@example.com", "Bea"));
    }

    private ReturningUnclaimedTickets returningAt(Clock clock) {
        return new ReturningUnclaimedTickets(transactions, knownBookings, tickets, claims, events, passes, RANDOM,
                clock);
    }
}
