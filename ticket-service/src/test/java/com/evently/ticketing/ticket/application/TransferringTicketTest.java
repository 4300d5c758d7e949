package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CancelledBooking;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketClaim;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.evently.ticketing.ticket.domain.TicketNotFound;
import com.evently.ticketing.ticket.domain.TicketStatus;
import com.evently.ticketing.ticket.domain.TicketTransfer;
import com.evently.ticketing.ticket.domain.TransferConflict;
import com.evently.ticketing.ticket.domain.TransferNotPermitted;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.RANDOM;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.admin;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.confirmedBookingStartingAt;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.signingPasses;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link TransferringTicket} against in-memory ports. */
class TransferringTicketTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryKnownBookings knownBookings = new InMemoryKnownBookings();
    private final ReadablePassTokens passTokens = new ReadablePassTokens();
    private final SigningPasses passes = signingPasses(new InMemoryPassKeys(), passTokens);
    private final RecordingTicketEvents events = new RecordingTicketEvents(transactions::active);
    private final IssuingTickets issuingTickets = new IssuingTickets(transactions, knownBookings, tickets, events,
            count -> { }, passes, RANDOM, CLOCK);
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryTicketClaims claims = new InMemoryTicketClaims();
    private final TransferringTicket transferringTicket = new TransferringTicket(transactions, knownBookings, tickets,
            accounts, claims, events, passes, RANDOM, CLOCK);

    private final UUID buyer = UUID.randomUUID();
    private final TicketHolder bea = new TicketHolder("bea@example.com", "Bea Lopes");

    @Test
    void oldTicketIsRevokedAndANewOneWithItsOwnPassGoesToTheNewHolder() {
        Ticket ticket = ticketStartingIn(Duration.ofDays(3));

        TicketTransfer transfer = transferringTicket.transfer(user(buyer), ticket.id(), bea);

        Ticket previous = tickets.byId(ticket.id()).orElseThrow();
        Ticket next = tickets.byId(transfer.next().id()).orElseThrow();
        assertThat(previous.status()).isEqualTo(TicketStatus.REVOKED);
        assertThat(previous.statusChangedAt()).isEqualTo(NOW);
        assertThat(next.status()).isEqualTo(TicketStatus.VALID);
        assertThat(next.seatId()).isEqualTo(ticket.seatId());
        assertThat(next.bookingId()).isEqualTo(ticket.bookingId());
        assertThat(next.holder()).isEqualTo(bea);
        assertThat(next.userId()).isNull();
        assertThat(next.awaitingClaim()).isTrue();
        assertThat(next.code()).isNotEqualTo(ticket.code());
        assertThat(next.pass()).isNotEqualTo(ticket.pass());
        assertThat(passTokens.claimsOf(next.pass()).holderInitials()).isEqualTo("BL");
        assertThat(passTokens.claimsOf(next.pass()).ticketId()).isEqualTo(next.id());
        assertThat(events.transferred).containsExactly(transfer);
        assertThat(transfer.transferredBy()).isEqualTo(buyer);
    }

    @Test
    void toAnAddressWithoutAnAccountTheTicketIsHeldForAClaimNotForWhoeverRegistersTheAddress() {
        Ticket ticket = ticketStartingIn(Duration.ofDays(3));

        TicketTransfer transfer = transferringTicket.transfer(user(buyer), ticket.id(), bea);

        Ticket next = transfer.next();
        assertThat(next.awaitingClaim()).isTrue();
        assertThat(transfer.claimToken()).isNotNull();
        assertThat(transfer.claimToken().value()).hasSize(43); // 256 bits, base64url
        TicketClaim claim = claims.all().getFirst();
        assertThat(claim.ticketId()).isEqualTo(next.id());
        assertThat(claim.tokenHash()).isEqualTo(transfer.claimToken().hash()).isNotEqualTo(transfer.claimToken().value());
        // the session ends two hours after it starts, three days from now: before the 30 days
        assertThat(claim.expiresAt()).isEqualTo(next.event().sessionEndsAt()).isEqualTo(transfer.claimExpiresAt());
        Actor registeredLater = new Actor(UUID.randomUUID(), Set.of(Role.USER), "bea@example.com");
        assertThat(registeredLater.holds(next)).isFalse();
        assertThat(tickets.heldBy(registeredLater.id(), registeredLater.email(), 0, 10)).isEmpty();
    }

    @Test
    void toAnAddressWithAnAccountTheTicketIsThatAccountsAndNothingIsToClaim() {
        UUID beaId = UUID.randomUUID();
        accounts.record(beaId, "Bea@Example.com", Instant.EPOCH);
        Ticket ticket = ticketStartingIn(Duration.ofDays(3));

        TicketTransfer transfer = transferringTicket.transfer(user(buyer), ticket.id(), bea);

        assertThat(transfer.next().userId()).isEqualTo(beaId);
        assertThat(transfer.next().awaitingClaim()).isFalse();
        assertThat(transfer.claimToken()).isNull();
        assertThat(claims.all()).isEmpty();
    }

    @Test
    void newHolderHoldsItByTheirAccountAndMayPassItOn() {
        UUID beaId = UUID.randomUUID();
        accounts.record(beaId, "bea@example.com", Instant.EPOCH);
        Ticket ticket = ticketStartingIn(Duration.ofDays(3));
        Ticket next = transferringTicket.transfer(user(buyer), ticket.id(), bea).next();
        Actor beaAccount = new Actor(beaId, Set.of(Role.USER), "BEA@example.com");

        assertThat(beaAccount.holds(next)).isTrue();
        assertThat(user(buyer).holds(next)).isFalse();
        Ticket third = transferringTicket.transfer(beaAccount, next.id(), new TicketHolder("cai@example.com", null)).next();
        assertThat(tickets.byId(next.id()).orElseThrow().status()).isEqualTo(TicketStatus.REVOKED);
        assertThat(third.holder().email()).isEqualTo("cai@example.com");
    }

    @Test
    void someoneElseIsToldTheTicketDoesNotExistAndAnAdminMayNotGiveItAway() {
        Ticket ticket = ticketStartingIn(Duration.ofDays(3));

        assertThatExceptionOfType(TicketNotFound.class)
                .isThrownBy(() -> transferringTicket.transfer(user(UUID.randomUUID()), ticket.id(), bea));
        assertThatExceptionOfType(TransferNotPermitted.class)
                .isThrownBy(() -> transferringTicket.transfer(admin(), ticket.id(), bea));
        assertThat(tickets.byId(ticket.id()).orElseThrow().isValid()).isTrue();
    }

    @Test
    void voidRevokedOrStartedTicketsAreNotTransferred() {
        Ticket started = ticketStartingIn(Duration.ofMinutes(-1));
        Ticket cancelled = ticketStartingIn(Duration.ofDays(3));
        new ApplyingBookingCancellation(transactions, knownBookings, tickets, events, CLOCK)
                .apply(new CancelledBooking(cancelled.bookingId(), "Event cancelled"));
        Ticket given = ticketStartingIn(Duration.ofDays(3));
        transferringTicket.transfer(user(buyer), given.id(), bea);

        for (Ticket ticket : new Ticket[]{started, cancelled, given}) {
            assertThatExceptionOfType(TransferConflict.class)
                    .isThrownBy(() -> transferringTicket.transfer(user(buyer), ticket.id(), bea));
        }
        assertThat(events.transferred).hasSize(1);
    }

    @Test
    void transferToTheCurrentHolderIsRefused() {
        Ticket ticket = ticketStartingIn(Duration.ofDays(3));

        assertThatIllegalArgumentException().isThrownBy(() -> transferringTicket.transfer(user(buyer), ticket.id(),
                new TicketHolder("ANA@example.com", null)));
    }

    @Test
    void cancellationAfterATransferVoidsTheNewTicket() {
        Ticket ticket = ticketStartingIn(Duration.ofDays(3));
        Ticket next = transferringTicket.transfer(user(buyer), ticket.id(), bea).next();

        new ApplyingBookingCancellation(transactions, knownBookings, tickets, events, CLOCK)
                .apply(new CancelledBooking(ticket.bookingId(), "Event cancelled"));

        assertThat(tickets.byId(next.id()).orElseThrow().status()).isEqualTo(TicketStatus.VOID);
        assertThat(tickets.byId(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.REVOKED);
    }

    private Ticket ticketStartingIn(Duration fromNow) {
        ConfirmedBooking booking = confirmedBookingStartingAt(buyer, 1, NOW.plus(fromNow));
        issuingTickets.issueFor(booking);
        return tickets.ofBooking(booking.bookingId()).getFirst();
    }
}
