package com.evently.ticketing.ticket.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TicketTest {

    private final Instant issuedAt = Instant.parse("2027-01-15T10:00:00Z");
    private final Ticket ticket = Bookings.withSeats(1).issueTickets(new SecureRandom(), issuedAt, Bookings.PASSES).tickets().getFirst();

    @Test
    void freshTicketIsValidWithoutStatusChange() {
        assertThat(ticket.isValid()).isTrue();
        assertThat(ticket.statusChangedAt()).isNull();
        assertThat(ticket.statusReason()).isNull();
    }

    @Test
    void voidedTicketRemembersWhenAndWhy() {
        Instant at = issuedAt.plusSeconds(60);

        Ticket voided = ticket.voided(at, "Event cancelled");

        assertThat(voided.status()).isEqualTo(TicketStatus.VOID);
        assertThat(voided.statusChangedAt()).isEqualTo(at);
        assertThat(voided.statusReason()).isEqualTo("Event cancelled");
        assertThat(voided.isValid()).isFalse();
        assertThat(voided.id()).isEqualTo(ticket.id());
    }

    @Test
    void voidingAgainKeepsTheFirstReason() {
        Ticket voided = ticket.voided(issuedAt.plusSeconds(60), "Booking cancelled by the buyer");

        assertThat(voided.voided(issuedAt.plusSeconds(120), "Event cancelled")).isEqualTo(voided);
    }

    @Test
    void aTransferToAnAddressWithoutAnAccountRevokesTheTicketAndOpensAClaimForTheNewOne() {
        Instant at = issuedAt.plusSeconds(60);
        UUID giver = UUID.randomUUID();

        TicketTransfer transfer = ticket.transfer(new TicketHolder("bea@example.com", "Bea"), null, giver,
                new SecureRandom(), at, Bookings.PASSES);

        assertThat(transfer.previous().id()).isEqualTo(ticket.id());
        assertThat(transfer.previous().status()).isEqualTo(TicketStatus.REVOKED);
        assertThat(transfer.next().seatId()).isEqualTo(ticket.seatId());
        assertThat(transfer.next().id()).isNotEqualTo(ticket.id());
        assertThat(transfer.next().awaitingClaim()).isTrue();
        assertThat(transfer.claim().ticketId()).isEqualTo(transfer.next().id());
        assertThat(transfer.claim().tokenHash()).isEqualTo(transfer.claimToken().hash());
        assertThat(transfer.claimExpiresAt()).isEqualTo(transfer.claim().expiresAt());
        assertThat(transfer.transferredBy()).isEqualTo(giver);
        assertThat(transfer.at()).isEqualTo(at);
    }

    @Test
    void aClaimMakesTheTicketTheClaimantsAndAnnouncesTheAddressItWasTransferredTo() {
        Instant at = issuedAt.plusSeconds(60);
        Ticket awaiting = ticket.transfer(new TicketHolder("bea@example.com", null), null, UUID.randomUUID(),
                new SecureRandom(), at, Bookings.PASSES).next();
        UUID account = UUID.randomUUID();
        TicketHolder claimant = new TicketHolder("bea.lopes@example.com", "Bea Lopes");

        ClaimedTicket claimed = awaiting.claim(account, claimant, at.plusSeconds(60), Bookings.PASSES);

        assertThat(claimed.ticket().id()).isEqualTo(awaiting.id());
        assertThat(claimed.ticket().code()).isEqualTo(awaiting.code());
        assertThat(claimed.ticket().userId()).isEqualTo(account);
        assertThat(claimed.ticket().holder()).isEqualTo(claimant);
        assertThat(claimed.ticket().awaitingClaim()).isFalse();
        assertThat(claimed.transferredToEmail()).isEqualTo("bea@example.com");
        assertThat(claimed.at()).isEqualTo(at.plusSeconds(60));
    }

    @Test
    void refusesAValidTicketWithAStatusChangeOrAVoidOneWithout() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ticket(ticket.id(), ticket.bookingId(),
                ticket.seatId(), ticket.userId(), ticket.eventId(), ticket.sessionId(), ticket.ticketTypeId(),
                ticket.holder(), ticket.event(), ticket.code(), ticket.pass(), TicketStatus.VALID, issuedAt, issuedAt, "why"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Ticket(ticket.id(), ticket.bookingId(),
                ticket.seatId(), ticket.userId(), ticket.eventId(), ticket.sessionId(), ticket.ticketTypeId(),
                ticket.holder(), ticket.event(), ticket.code(), ticket.pass(), TicketStatus.VOID, issuedAt, null, null));
    }
}
