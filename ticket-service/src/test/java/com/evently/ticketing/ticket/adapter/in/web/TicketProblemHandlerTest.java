package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.web.Problems;
import com.evently.ticketing.ticket.domain.TicketNotFound;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The advice answers from the catalogue, and the catalogue keeps the slugs and titles clients already rely on. */
class TicketProblemHandlerTest {

    @Test
    void ticketNotFoundAnswers404WithItsCataloguedTypeAndTitle() {
        UUID ticketId = UUID.randomUUID();

        ProblemDetail problem = new TicketProblemHandler().ticketNotFound(TicketNotFound.ticket(ticketId));

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getType()).isEqualTo(URI.create(Problems.TYPE_BASE + "ticket-not-found"))
                .isEqualTo(TicketProblem.TICKET_NOT_FOUND.type());
        assertThat(problem.getTitle()).isEqualTo("Ticket not found");
        assertThat(problem.getDetail()).isEqualTo("No ticket " + ticketId);
    }
}
