package com.evently.ticketing.ticket;

import com.evently.ticketing.testsupport.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Calls the ticket API the way a holder's browser does. */
final class TicketsClient {

    private final RestTestClient http;

    TicketsClient(RestTestClient http) {
        this.http = http;
    }

    RestTestClient.ResponseSpec get(String uri, TestUser caller) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, caller.bearer()).exchange();
    }

    List<TicketView> ofBooking(UUID bookingId, TestUser caller) {
        return get("/api/v1/tickets?bookingId=" + bookingId, caller)
                .expectStatus().isOk()
                .expectBody(TicketView.Items.class).returnResult().getResponseBody().items();
    }

    /** Waits for the consumer to have issued the booking's tickets. */
    List<TicketView> awaitTickets(UUID bookingId, TestUser owner, int expected) {
        return await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(250))
                .until(() -> ofBooking(bookingId, owner), tickets -> tickets.size() >= expected);
    }

    /** Waits until the booking has {@code count} tickets, all of them in {@code status}. */
    List<TicketView> awaitStatuses(UUID bookingId, TestUser owner, int count, String status) {
        return await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(250))
                .until(() -> ofBooking(bookingId, owner),
                        list -> list.size() == count && list.stream().allMatch(ticket -> ticket.status().equals(status)));
    }

    /** Gives a ticket to {@code email}; {@code name} may be null. */
    RestTestClient.ResponseSpec transfer(UUID ticketId, TestUser caller, String email, String name) {
        Map<String, Object> body = name == null ? Map.of("email", email) : Map.of("email", email, "name", name);
        return http.post().uri("/api/v1/tickets/" + ticketId + "/transfer")
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    /** Claims the ticket a transfer mail's link holds {@code token} for. */
    RestTestClient.ResponseSpec claim(String token, TestUser caller) {
        return http.post().uri("/api/v1/tickets/claims")
                .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("token", token)).exchange();
    }

    byte[] bytes(String uri, TestUser caller) {
        return get(uri, caller).expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
    }
}
