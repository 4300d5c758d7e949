package com.evently.ticketing.ticket;

import com.evently.ticketing.ticket.adapter.in.web.TicketProblem;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class TicketAccessTest extends TicketServiceFixture {

    @Test
    void bookingWithoutTicketsYetListsNone() {
        assertThat(tickets.ofBooking(UUID.randomUUID(), buyer)).isEmpty();
    }

    @Test
    void holderReadsOwnTicket() {
        TicketView ticket = issuedTicket();

        tickets.get("/api/v1/tickets/" + ticket.id(), buyer)
                .expectStatus().isOk()
                .expectBody(TicketView.class).isEqualTo(ticket);
    }

    @Test
    void anotherUserIsToldTheTicketsDoNotExist() {
        TicketView ticket = issuedTicket();
        TestUser stranger = TestUser.organizer();

        for (String uri : List.of("/api/v1/tickets?bookingId=" + ticket.bookingId(), "/api/v1/tickets/" + ticket.id(),
                "/api/v1/tickets/" + ticket.id() + "/qr.png", "/api/v1/tickets/" + ticket.id() + "/pdf")) {
            tickets.get(uri, stranger)
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.TICKET_NOT_FOUND.type().toString());
        }
    }

    @Test
    void adminReadsAnyonesTickets() {
        TicketView ticket = issuedTicket();
        TestUser admin = TestUser.admin();

        assertThat(tickets.ofBooking(ticket.bookingId(), admin)).containsExactly(ticket);
        tickets.get("/api/v1/tickets/" + ticket.id(), admin).expectStatus().isOk();
        tickets.get("/api/v1/tickets/" + ticket.id() + "/qr.png", admin)
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG);
        tickets.get("/api/v1/tickets/" + ticket.id() + "/pdf", admin)
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF);
    }

    @Test
    void unknownTicketIsNotFound() {
        tickets.get("/api/v1/tickets/" + UUID.randomUUID(), TestUser.admin())
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void rejectsMalformedBookingIdOrPage() {
        tickets.get("/api/v1/tickets?bookingId=not-a-uuid", buyer)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        tickets.get("/api/v1/tickets?page=-1", buyer)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void withoutBookingIdTheCallerSeesTheirOwnTicketsNewestFirst() {
        TicketView older = issuedTicket();
        TicketView newer = issuedTicket();

        tickets.get("/api/v1/tickets?size=2", buyer)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].id").isEqualTo(newer.id().toString())
                .jsonPath("$.items[1].id").isEqualTo(older.id().toString())
                .jsonPath("$.page.size").isEqualTo(2);
        tickets.get("/api/v1/tickets", TestUser.attendee())
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items").isEmpty();
    }

    @Test
    void ticketsNeedAToken() {
        http.get().uri("/api/v1/tickets?bookingId=" + UUID.randomUUID()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private TicketView issuedTicket() {
        return issue(1).tickets().getFirst();
    }
}
