package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketNotFound;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.admin;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.ticketed;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link ViewingTickets} against an in-memory store. */
class ViewingTicketsTest {

    private final InMemoryTickets tickets = new InMemoryTickets();
    private final ViewingTickets viewingTickets = new ViewingTickets(tickets);
    private final UUID holder = UUID.randomUUID();

    @Test
    void holderReadsOwnTicketAndBooking() {
        List<Ticket> issued = ticketed(tickets, holder, 2);

        assertThat(viewingTickets.byId(issued.getFirst().id(), user(holder))).isEqualTo(issued.getFirst());
        assertThat(viewingTickets.ofBooking(issued.getFirst().bookingId(), user(holder)))
                .containsExactlyElementsOf(issued);
    }

    @Test
    void adminReadsAnyonesTicketAndBooking() {
        List<Ticket> issued = ticketed(tickets, holder, 2);

        assertThat(viewingTickets.byId(issued.getLast().id(), admin())).isEqualTo(issued.getLast());
        assertThat(viewingTickets.ofBooking(issued.getLast().bookingId(), admin())).containsExactlyElementsOf(issued);
    }

    @Test
    void bookingWithoutTicketsYetListsNone() {
        assertThat(viewingTickets.ofBooking(UUID.randomUUID(), user(holder))).isEmpty();
    }

    @Test
    void someoneElsesTicketIsNotFoundAsIfItDidNotExist() {
        Ticket ticket = ticketed(tickets, holder, 1).getFirst();

        for (var stranger : List.of(user(UUID.randomUUID()), organizer())) {
            assertThatExceptionOfType(TicketNotFound.class)
                    .isThrownBy(() -> viewingTickets.byId(ticket.id(), stranger))
                    .withMessage("No ticket " + ticket.id());
            assertThatExceptionOfType(TicketNotFound.class)
                    .isThrownBy(() -> viewingTickets.ofBooking(ticket.bookingId(), stranger))
                    .withMessage("No tickets for booking " + ticket.bookingId());
        }
    }

    @Test
    void unknownTicketIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatExceptionOfType(TicketNotFound.class)
                .isThrownBy(() -> viewingTickets.byId(unknown, admin()))
                .withMessage("No ticket " + unknown);
    }
}
