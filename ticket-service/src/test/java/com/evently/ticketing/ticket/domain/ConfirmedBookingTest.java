package com.evently.ticketing.ticket.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConfirmedBookingTest {

    private final Instant now = Instant.parse("2027-01-15T10:00:00Z");

    @Test
    void issuesOneValidTicketPerSeatWithDistinctCodes() {
        ConfirmedBooking booking = Bookings.withSeats(3);

        TicketIssuance issuance = booking.issueTickets(new SecureRandom(), now, Bookings.PASSES);

        assertThat(issuance.tickets()).extracting(Ticket::seatId).containsExactlyElementsOf(booking.seatIds());
        assertThat(issuance.tickets()).extracting(Ticket::code).doesNotHaveDuplicates();
        assertThat(issuance.tickets()).extracting(Ticket::id).doesNotHaveDuplicates();
        assertThat(issuance.tickets()).allSatisfy(ticket -> {
            assertThat(ticket.status()).isEqualTo(TicketStatus.VALID);
            assertThat(ticket.bookingId()).isEqualTo(booking.bookingId());
            assertThat(ticket.userId()).isEqualTo(booking.userId());
            assertThat(ticket.holder()).isEqualTo(booking.holder());
            assertThat(ticket.event()).isEqualTo(booking.event());
            assertThat(ticket.issuedAt()).isEqualTo(now);
            assertThat(ticket.pass()).isEqualTo(new CheckInPass("pass-of-" + ticket.id()));
        });
        assertThat(issuance.booking()).isEqualTo(booking);
    }

    @Test
    void rejectsBookingWithoutSeats() {
        assertThatIllegalArgumentException().isThrownBy(() -> Bookings.withSeats(List.of()));
    }

    @Test
    void rejectsSeatListedTwice() {
        UUID seat = UUID.randomUUID();

        assertThatIllegalArgumentException().isThrownBy(() -> Bookings.withSeats(List.of(seat, seat)));
    }

    @Test
    void rejectsHolderWithoutEmail() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TicketHolder(" ", "Ana"));
    }
}
