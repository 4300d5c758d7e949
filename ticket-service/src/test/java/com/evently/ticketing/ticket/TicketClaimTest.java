package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.platform.outbox.OutboxRelay;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.ticket.adapter.in.web.TicketProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.testsupport.ContractAssertions.assertMatchesSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8: a ticket transferred to an address without an account is held for the claim link mailed there, not for
 * whoever registers the address; over HTTP and Kafka against the real database.
 */
@ServiceIntegrationTest
class TicketClaimTest extends TicketServiceFixture {

    @Autowired
    FieldSealing sealing;
    @Autowired
    OutboxRelay relay;

    private final TestUser bea = new TestUser(UUID.randomUUID(), "bea-" + UUID.randomUUID() + "@example.com",
            "Bea Lopes", List.of("USER"));
    /** Bea signs up with another address than the one the ticket was sent to: the link is what proves the mailbox. */
    private final TestUser beasAccount = new TestUser(UUID.randomUUID(), "beatriz-" + UUID.randomUUID() + "@example.org",
            "Beatriz Lopes", List.of("USER"));

    @Test
    void claimTokenIsInNoOutboxRowNorKafkaRecordInClearAndTheRowIsGoneOncePublished() {
        Issued issued = issue(1);
        String token;
        relay.stop();
        try {
            tickets.transfer(issued.tickets().getFirst().id(), buyer, bea.email(), null).expectStatus().isOk();

            Map<String, Object> row = jdbc.sql("""
                            SELECT payload::text AS payload, purge_on_publish FROM outbox
                            WHERE event_type = :type AND aggregate_id = :bookingId""")
                    .param("type", EventTypes.TICKET_TRANSFERRED)
                    .param("bookingId", issued.confirmed().bookingId().toString())
                    .query().singleRow();
            assertThat(row.get("purge_on_publish")).isEqualTo(true);
            token = tokenOf(json.readValue((String) row.get("payload"), TicketTransferred.class));
            assertThat(token).hasSize(43);
            assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE payload::text LIKE :token OR headers::text LIKE :token")
                    .param("token", "%" + token + "%").query(Long.class).single())
                    .as("outbox rows holding the claim token in clear").isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM ticket_claim WHERE token_hash = :token")
                    .param("token", token).query(Long.class).single())
                    .as("the token itself is not stored").isZero();
        } finally {
            relay.start();
        }

        TestEventBus.Message published = TestEventBus.await(Topics.TICKET_EVENTS,
                message -> isTransferOf(issued, message), 1, Duration.ofSeconds(45)).getFirst();
        assertMatchesSchema(EventTypes.TICKET_TRANSFERRED, published.payload());
        assertThat(tokenOf(json.readValue(published.payload(), TicketTransferred.class))).isEqualTo(token);
        assertThat(TestEventBus.await(Topics.TICKET_EVENTS, message -> message.payload().contains(token), 1,
                Duration.ofSeconds(2))).as("ticket records holding the claim token in clear").isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT count(*) FROM outbox WHERE event_type = :type AND aggregate_id = :bookingId")
                .param("type", EventTypes.TICKET_TRANSFERRED)
                .param("bookingId", issued.confirmed().bookingId().toString())
                .query(Long.class).single()).as("the row is deleted once Kafka has it").isZero());
    }

    @Test
    void registeringTheAddressIsNotEnoughTheLinkBindsTheTicketToTheClaimingAccount() {
        Issued issued = issue(1);
        UUID given = tickets.transfer(issued.tickets().getFirst().id(), buyer, bea.email(), null).expectStatus().isOk()
                .expectBody(TransferView.class).returnResult().getResponseBody().newTicketId();
        String token = awaitClaimToken(issued);

        // whoever signs up with the address later does not get the ticket by that alone
        tickets.get("/api/v1/tickets", bea).expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
        tickets.get("/api/v1/tickets/" + given, bea).expectStatus().isNotFound();

        TicketView claimed = tickets.claim(token, beasAccount).expectStatus().isOk()
                .expectBody(TicketView.class).returnResult().getResponseBody();

        assertThat(claimed.id()).isEqualTo(given);
        assertThat(claimed.status()).isEqualTo("VALID");
        assertThat(claimed.holderEmail()).isEqualTo(beasAccount.email());
        assertThat(claimed.holderName()).isEqualTo(beasAccount.name());
        tickets.get("/api/v1/tickets", beasAccount).expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].id").isEqualTo(given.toString())
                .jsonPath("$.page.totalElements").isEqualTo(1);
        tickets.get("/api/v1/tickets", bea).expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);

        // the same account again: the same ticket; anybody else: gone
        tickets.claim(token, beasAccount).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(given.toString());
        tickets.claim(token, bea).expectStatus().isEqualTo(410)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.TICKET_CLAIM_GONE.type().toString());
        tickets.get("/api/v1/tickets/" + given, bea).expectStatus().isNotFound();

        TestEventBus.Message announced = TestEventBus.await(Topics.TICKET_EVENTS,
                message -> issued.confirmed().bookingId().toString().equals(message.key())
                        && EventTypes.TICKET_CLAIMED.equals(message.eventType()), 1, Duration.ofSeconds(45)).getFirst();
        assertMatchesSchema(EventTypes.TICKET_CLAIMED, announced.payload());
        TicketClaimed payload = json.readValue(announced.payload(), TicketClaimed.class);
        assertThat(payload.ticketId()).isEqualTo(given);
        assertThat(payload.claimedBy()).isEqualTo(beasAccount.id());
        assertThat(payload.holderEmail()).isEqualTo(beasAccount.email());
        assertThat(payload.transferredToEmail()).isEqualTo(bea.email());
        assertThat(TestEventBus.await(Topics.TICKET_EVENTS, message -> isClaimOf(given, message), 2,
                Duration.ofSeconds(2))).as("claimed once").hasSize(1);
    }

    @Test
    void anExpiredUnknownOrMalformedTokenIsRefusedAndChangesNothing() {
        Issued issued = issue(1);
        UUID given = tickets.transfer(issued.tickets().getFirst().id(), buyer, bea.email(), null).expectStatus().isOk()
                .expectBody(TransferView.class).returnResult().getResponseBody().newTicketId();
        String token = awaitClaimToken(issued);
        jdbc.sql("UPDATE ticket_claim SET expires_at = now() - interval '1 minute' WHERE ticket_id = :ticket")
                .param("ticket", given).update();

        tickets.claim(token, beasAccount).expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.TICKET_CLAIM_GONE.type().toString());
        tickets.claim("A".repeat(43), beasAccount).expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.TICKET_CLAIM_NOT_FOUND.type().toString());
        tickets.claim("not a token!", beasAccount).expectStatus().isBadRequest();
        http.post().uri("/api/v1/tickets/claims").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("token", token)).exchange().expectStatus().isUnauthorized();

        tickets.get("/api/v1/tickets", beasAccount).expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
        assertThat(jdbc.sql("SELECT claimed_by FROM ticket_claim WHERE ticket_id = :ticket")
                .param("ticket", given).query(UUID.class).optional()).isEmpty();
    }

    @Test
    void aTicketVoidedSinceTheTransferCannotBeClaimed() {
        Issued issued = issue(1);
        tickets.transfer(issued.tickets().getFirst().id(), buyer, bea.email(), null).expectStatus().isOk();
        String token = awaitClaimToken(issued);
        awaitConsumed(notices.publish(BookingNotices.cancelled(issued.confirmed(), BookingCancelled.Cause.BUYER, null)));

        tickets.claim(token, beasAccount).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.TICKET_NOT_CLAIMABLE.type().toString());
        tickets.get("/api/v1/tickets", beasAccount).expectStatus().isOk()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void toAnAddressWithAnAccountTheTicketGoesStraightToItWithoutAClaim() {
        registered(bea);
        Issued issued = issue(1);

        UUID given = tickets.transfer(issued.tickets().getFirst().id(), buyer, bea.email(), null).expectStatus().isOk()
                .expectBody(TransferView.class).returnResult().getResponseBody().newTicketId();

        tickets.get("/api/v1/tickets/" + given, bea).expectStatus().isOk();
        assertThat(jdbc.sql("SELECT user_id FROM ticket WHERE id = :id").param("id", given)
                .query(UUID.class).single()).isEqualTo(bea.id());
        assertThat(jdbc.sql("SELECT count(*) FROM ticket_claim WHERE ticket_id = :id").param("id", given)
                .query(Long.class).single()).isZero();
        TicketTransferred announced = json.readValue(TestEventBus.await(Topics.TICKET_EVENTS,
                message -> isTransferOf(issued, message), 1, Duration.ofSeconds(45)).getFirst().payload(),
                TicketTransferred.class);
        assertThat(announced.sealedClaimToken()).isNull();
        assertThat(announced.claimExpiresAt()).isNull();
    }

    /** As notification-service reads it, from the record on Kafka. */
    private String awaitClaimToken(Issued issued) {
        return tokenOf(json.readValue(TestEventBus.await(Topics.TICKET_EVENTS, message -> isTransferOf(issued, message),
                1, Duration.ofSeconds(45)).getFirst().payload(), TicketTransferred.class));
    }

    private String tokenOf(TicketTransferred transferred) {
        return sealing.open(transferred.sealedClaimToken(), TicketTransferred.sealingContext(transferred.ticketId()));
    }

    private static boolean isTransferOf(Issued issued, TestEventBus.Message message) {
        return issued.confirmed().bookingId().toString().equals(message.key())
                && EventTypes.TICKET_TRANSFERRED.equals(message.eventType());
    }

    private static boolean isClaimOf(UUID ticketId, TestEventBus.Message message) {
        return EventTypes.TICKET_CLAIMED.equals(message.eventType()) && message.payload().contains(ticketId.toString());
    }
}
