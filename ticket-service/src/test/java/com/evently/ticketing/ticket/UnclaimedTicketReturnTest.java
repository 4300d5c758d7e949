package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.ticket.adapter.in.web.TicketProblem;
import com.evently.ticketing.ticket.application.ReturningUnclaimedTickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static com.evently.ticketing.testsupport.ContractAssertions.assertMatchesSchema;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ticket transferred to an address without an account whose claim expired unclaimed goes back to its giver, once,
 * however many replicas run the job; over HTTP and Kafka against the real database.
 */
@ServiceIntegrationTest
class UnclaimedTicketReturnTest extends TicketServiceFixture {

    @Autowired
    ReturningUnclaimedTickets returning;
    @Autowired
    FieldSealing sealing;

    private final TestUser organizer = TestUser.organizer();
    private final TestUser bea = new TestUser(UUID.randomUUID(), "bea-" + UUID.randomUUID() + "@example.com",
            "Bea Lopes", List.of("USER"));

    @Test
    void anExpiredClaimReturnsTheTicketToItsGiverOnceWithANewPassAndTheLinkIsGone() throws Exception {
        CheckInClient door = new CheckInClient(http, json);
        Issued issued = issueStartingAt(1, Instant.now().plus(Duration.ofHours(2)));
        awaitConsumed(door.eventPublished(issued.confirmed().eventId(), organizer));
        TicketView original = issued.tickets().getFirst();
        UUID held = tickets.transfer(original.id(), buyer, bea.email(), null).expectStatus().isOk()
                .expectBody(TransferView.class).returnResult().getResponseBody().newTicketId();
        String token = awaitClaimToken(issued);
        String heldPass = jdbc.sql("SELECT qr_payload FROM ticket WHERE id = :id").param("id", held)
                .query(String.class).single();
        expireClaimOf(held);

        // two replicas at once, then a later run: one return
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> replicas = List.of(
                CompletableFuture.runAsync(() -> awaitThenReturn(start)),
                CompletableFuture.runAsync(() -> awaitThenReturn(start)));
        start.countDown();
        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).get();
        returning.returnExpired(100);

        List<TicketView> ofBooking = tickets.get("/api/v1/tickets?bookingId=" + issued.confirmed().bookingId(), buyer)
                .expectStatus().isOk().expectBody(TicketView.Items.class).returnResult().getResponseBody().items();
        List<TicketView> valid = ofBooking.stream().filter(ticket -> ticket.status().equals("VALID")).toList();
        assertThat(valid).as("the buyer's valid tickets of the booking").hasSize(1);
        TicketView back = valid.getFirst();
        assertThat(back.id()).isNotIn(original.id(), held);
        assertThat(back.seatId()).isEqualTo(original.seatId());
        assertThat(back.holderEmail()).isEqualTo(buyer.email());
        assertThat(back.qrPayload()).isNotIn(original.qrPayload(), heldPass);
        assertThat(jdbc.sql("SELECT status FROM ticket WHERE id = :id").param("id", held).query(String.class).single())
                .isEqualTo("REVOKED");

        assertThat(door.scan(heldPass, organizer).result()).isEqualTo("REVOKED");
        assertThat(door.scan(original.qrPayload(), organizer).result()).isEqualTo("REVOKED");
        assertThat(door.scan(back.qrPayload(), organizer).result()).isEqualTo("ADMITTED");
        tickets.claim(token, bea).expectStatus().isEqualTo(410)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.TICKET_CLAIM_GONE.type().toString());

        TestEventBus.Message announced = TestEventBus.await(Topics.TICKET_EVENTS,
                message -> isReturnOf(issued, message), 1, Duration.ofSeconds(45)).getFirst();
        assertMatchesSchema(EventTypes.TICKET_RETURNED, announced.payload());
        TicketReturned payload = json.readValue(announced.payload(), TicketReturned.class);
        assertThat(payload.ticketId()).isEqualTo(back.id());
        assertThat(payload.unclaimedTicketId()).isEqualTo(held);
        assertThat(payload.holderUserId()).isEqualTo(buyer.id());
        assertThat(payload.holderEmail()).isEqualTo(buyer.email());
        assertThat(payload.unclaimedEmail()).isEqualTo(bea.email());
        assertThat(payload.seatId()).isEqualTo(original.seatId());
        assertThat(TestEventBus.await(Topics.TICKET_EVENTS, message -> isReturnOf(issued, message), 2,
                Duration.ofSeconds(2))).as("returned once").hasSize(1);
        assertThat(TestEventBus.await(Topics.TICKET_EVENTS, message -> issued.confirmed().bookingId().toString()
                .equals(message.key()) && EventTypes.TICKET_TRANSFERRED.equals(message.eventType()), 2,
                Duration.ofSeconds(2))).as("the return is no transfer").hasSize(1);
    }

    @Test
    void aClaimNotYetExpiredIsUnaffectedAndStillClaims() {
        Issued issued = issue(1);
        UUID held = tickets.transfer(issued.tickets().getFirst().id(), buyer, bea.email(), null).expectStatus().isOk()
                .expectBody(TransferView.class).returnResult().getResponseBody().newTicketId();
        String token = awaitClaimToken(issued);

        returning.returnExpired(100);

        assertThat(jdbc.sql("SELECT status FROM ticket WHERE id = :id").param("id", held).query(String.class).single())
                .isEqualTo("VALID");
        assertThat(jdbc.sql("SELECT returned_at FROM ticket_claim WHERE ticket_id = :id").param("id", held)
                .query(Instant.class).optional()).isEmpty();
        tickets.claim(token, bea).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(held.toString());

        expireClaimOf(held);
        returning.returnExpired(100);
        assertThat(jdbc.sql("SELECT status FROM ticket WHERE id = :id").param("id", held).query(String.class).single())
                .as("a claimed ticket stays its claimant's after the link expires").isEqualTo("VALID");
        tickets.get("/api/v1/tickets/" + held, bea).expectStatus().isOk();
    }

    private void awaitThenReturn(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        returning.returnExpired(100);
    }

    private void expireClaimOf(UUID ticketId) {
        jdbc.sql("UPDATE ticket_claim SET expires_at = now() - interval '1 minute' WHERE ticket_id = :ticket")
                .param("ticket", ticketId).update();
    }

    /** As notification-service reads it, from the record on Kafka. */
    private String awaitClaimToken(Issued issued) {
        TicketTransferred transferred = json.readValue(TestEventBus.await(Topics.TICKET_EVENTS,
                message -> issued.confirmed().bookingId().toString().equals(message.key())
                        && EventTypes.TICKET_TRANSFERRED.equals(message.eventType()),
                1, Duration.ofSeconds(45)).getFirst().payload(), TicketTransferred.class);
        return sealing.open(transferred.sealedClaimToken(), TicketTransferred.sealingContext(transferred.ticketId()));
    }

    private static boolean isReturnOf(Issued issued, TestEventBus.Message message) {
        return issued.confirmed().bookingId().toString().equals(message.key())
                && EventTypes.TICKET_RETURNED.equals(message.eventType());
    }
}
