package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.notification.adapter.in.web.NotificationProblem;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The delivery log over HTTP with real tokens: administrators search it and resend mails, users see their own
 * mails' status, and everyone else is refused before their input is read.
 */
class DeliveryLogApiTest extends NotificationServiceIntegrationTest {

    private static final BookingConfirmed.EventSnapshot JAZZ_NIGHT = new BookingConfirmed.EventSnapshot("Jazz Night",
            "Blue Hall", "Europe/Berlin", "Evening show", Instant.parse("2026-03-14T18:30:00Z"),
            Instant.parse("2026-03-14T21:30:00Z"), "Standing", new Money("25.00", "EUR"));

    @Autowired
    RestTestClient http;

    @Test
    void anAdministratorFindsAMailByRecipientWithItsAttemptsAndLastError() {
        String holder = "holder-" + UUID.randomUUID() + "@example.com";
        UUID bookingId = UUID.randomUUID();
        // refused (not an outage, which would only postpone it): retried with growing delays, then given up
        ticketService.failAlways(bookingId, 403);
        TestEventBus.publish(EventTypes.TICKETS_ISSUED, bookingId.toString(), payloadOf(EventTypes.TICKETS_ISSUED,
                ticketsIssued(bookingId, holder)));
        await().atMost(PATIENCE).until(() -> "FAILED".equals(statusOf(holder.toUpperCase())));

        JsonNode page = search("recipient=" + holder.toUpperCase() + "&kind=BOOKING_CONFIRMATION&status=FAILED");

        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(1);
        JsonNode mail = page.get("items").get(0);
        assertThat(mail.get("recipient").asString()).isEqualTo(holder);
        assertThat(mail.get("kind").asString()).isEqualTo("BOOKING_CONFIRMATION");
        assertThat(mail.get("status").asString()).isEqualTo("FAILED");
        assertThat(mail.get("attempts").asInt()).isEqualTo(3);
        assertThat(mail.get("lastError").asString()).contains("403");
        assertThat(mail.has("textBody")).isFalse();
        assertThat(search("recipient=" + holder + "&status=SENT").get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void aResentMailIsDeliveredAgainAndLogsItsNewDelivery() {
        String buyer = "buyer-" + UUID.randomUUID() + "@example.com";
        publishCancellation(buyer);
        awaitOneMailTo(buyer);
        await().atMost(PATIENCE).until(() -> "SENT".equals(statusOf(buyer)));
        String mailId = search("recipient=" + buyer).get("items").get(0).get("id").asString();

        JsonNode resent = json.readTree(http.post().uri("/api/v1/admin/notifications/{id}/resend", mailId)
                .header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(resent.get("id").asString()).isEqualTo(mailId);
        await().atMost(PATIENCE).until(() -> mailsTo(buyer).size() == 2);
        await().atMost(PATIENCE).until(() -> "SENT".equals(statusOf(buyer)));
        assertThat(search("recipient=" + buyer).get("page").get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void aResetLinkIsNotResentAndAnUnknownMailIsNotFound() {
        UUID userId = UUID.randomUUID();
        PasswordResetRequested requested = new PasswordResetRequested(userId,
                "account-" + UUID.randomUUID() + "@example.com", null,
                SealedSecrets.sealedToken(userId, "reset-" + UUID.randomUUID() + UUID.randomUUID()),
                Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS), Instant.now());
        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, requested.userId().toString(),
                payloadOf(EventTypes.PASSWORD_RESET_REQUESTED, requested));
        awaitOneMailTo(requested.email());
        await().atMost(PATIENCE).until(() -> "SENT".equals(statusOf(requested.email())));
        String mailId = search("recipient=" + requested.email()).get("items").get(0).get("id").asString();

        resend(mailId).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo(NotificationProblem.NOTIFICATION_NOT_RESENDABLE.type().toString());
        resend(UUID.randomUUID().toString()).expectStatus().isNotFound().expectBody()
                .jsonPath("$.type").isEqualTo(NotificationProblem.NOTIFICATION_NOT_FOUND.type().toString());
        assertThat(mailsTo(requested.email())).hasSize(1);
        assertThat(statusOf(requested.email())).isEqualTo("SENT");
    }

    @Test
    void onlyAdministratorsUseTheDeliveryLogAndAreToldBeforeTheirInputIsRead() {
        String organizer = TestUser.organizer().bearer();

        http.get().uri("/api/v1/admin/notifications?kind=NO_SUCH_KIND").header(HttpHeaders.AUTHORIZATION, organizer)
                .exchange().expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString());
        http.post().uri("/api/v1/admin/notifications/not-a-uuid/resend").header(HttpHeaders.AUTHORIZATION, organizer)
                .exchange().expectStatus().isForbidden();
        http.get().uri("/api/v1/admin/notifications").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void badSearchInputIsAClearProblem() {
        String admin = TestUser.admin().bearer();

        http.get().uri("/api/v1/admin/notifications?kind=NO_SUCH_KIND").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString())
                .jsonPath("$.errors[0].field").isEqualTo("kind");
        http.get().uri("/api/v1/admin/notifications?size=1000").header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.INVALID_REQUEST.type().toString());
        http.get().uri("/api/v1/admin/notifications?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00%2B01:00")
                .header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void aUserSeesTheirOwnMailsStatusAndNobodyElses() {
        TestUser user = TestUser.attendee();
        publishCancellation(user.email());
        publishCancellation("someone-else-" + UUID.randomUUID() + "@example.com");
        awaitOneMailTo(user.email());

        JsonNode own = json.readTree(http.get().uri("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION,
                        user.bearer())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(own.get("page").get("totalElements").asLong()).isEqualTo(1);
        JsonNode mail = own.get("items").get(0);
        assertThat(mail.get("kind").asString()).isEqualTo("BOOKING_CANCELLED");
        assertThat(mail.get("subject").asString()).isEqualTo("Your booking for Jazz Night is cancelled");
        assertThat(mail.has("recipient")).isFalse();
        assertThat(mail.has("lastError")).isFalse();
    }

    private JsonNode search(String query) {
        return json.readTree(http.get().uri("/api/v1/admin/notifications?" + query)
                .header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private RestTestClient.ResponseSpec resend(String mailId) {
        return http.post().uri("/api/v1/admin/notifications/{id}/resend", mailId)
                .header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange();
    }

    private String statusOf(String recipient) {
        return jdbc.sql("SELECT status FROM outbound_mail WHERE lower(recipient) = lower(:recipient)")
                .param("recipient", recipient).query(String.class).optional().orElse(null);
    }

    private void publishCancellation(String email) {
        UUID bookingId = UUID.randomUUID();
        TestEventBus.publish(EventTypes.BOOKING_CANCELLED, bookingId.toString(), payloadOf(EventTypes.BOOKING_CANCELLED,
                new BookingCancelled(bookingId, UUID.randomUUID(), email, "Ada Lovelace", UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), 1, List.of(UUID.randomUUID()),
                        BookingCancelled.Cause.BUYER, null, null, JAZZ_NIGHT, Instant.now())));
    }

    private static TicketsIssued ticketsIssued(UUID bookingId, String holder) {
        return new TicketsIssued(bookingId, UUID.randomUUID(), holder, "Ada Lovelace", UUID.randomUUID(),
                "Jazz Night", "Blue Hall", "Europe/Berlin", "Evening show", Instant.parse("2026-03-14T18:30:00Z"),
                "Standing", List.of(SealedSecrets.issuedTicket()),
                Instant.now());
    }
}
