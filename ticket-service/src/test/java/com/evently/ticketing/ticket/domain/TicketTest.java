package com.evently.ticketing.ticket.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;

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
    void refusesAValidTicketWithAStatusChangeOrAVoidOneWithout() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ticket(ticket.id(), ticket.bookingId(),
                ticket.seatId(), ticket.userId(), ticket.eventId(), ticket.sessionId(), ticket.ticketTypeId(),
                ticket.holder(), ticket.event(), ticket.code(), ticket.pass(), TicketStatus.VALID, issuedAt, issuedAt, "why"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Ticket(ticket.id(), ticket.bookingId(),
                ticket.seatId(), ticket.userId(), ticket.eventId(), ticket.sessionId(), ticket.ticketTypeId(),
                ticket.holder(), ticket.event(), ticket.code(), ticket.pass(), TicketStatus.VOID, issuedAt, null, null));
    }
}
