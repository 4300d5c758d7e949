package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.notification.application.SendingReminders;
import com.evently.ticketing.notification.application.TrackingBookings;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Optional mails and how users stop them: in their profile, or with the signed one-click link (RFC 8058 headers)
 * a reminder carries. Transactional mails keep coming either way.
 */
class MailPreferencesTest extends NotificationServiceIntegrationTest {

    @Autowired
    RestTestClient http;
    @Autowired
    SendingReminders sendingReminders;
    @Autowired
    TrackingBookings trackingBookings;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theOneClickLinkOfAReminderStopsRemindersButNotConfirmations() throws Exception {
        TestUser user = TestUser.attendee();
        hold(user, Duration.ofHours(23));
        sendingReminders.sendDue();
        MimeMessage reminder = awaitOneMailTo(user.email());
        String listUnsubscribe = reminder.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).startsWith("<http://localhost:8080/api/v1/notifications/unsubscribe?token=")
                .endsWith(">");
        assertThat(reminder.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        URI link = URI.create(listUnsubscribe.substring(1, listUnsubscribe.length() - 1));
        assertThat((String) single(leafParts(reminder), "text/plain").getContent()).contains("Stop these mails: " + link);
        assertThat((String) single(leafParts(reminder), "text/html").getContent())
                .contains("<a href=\"" + link + "\">Stop these mails</a>");

        // as a mail client does it: a POST to the link, form-encoded, without any token of the user's
        http.post().uri(link.getRawPath() + "?" + link.getRawQuery())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("List-Unsubscribe=One-Click")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.unsubscribed").isEqualTo("REMINDERS");

        HeldBooking second = hold(user, Duration.ofHours(22));
        sendingReminders.sendDue();
        assertThat(jdbc.sql("SELECT count(*) FROM sent_reminder WHERE booking_id = :booking")
                .param("booking", second.bookingId()).query(Long.class).single()).as("settled, not mailed").isEqualTo(1);
        UUID bookingId = UUID.randomUUID();
        TestEventBus.publish(EventTypes.TICKETS_ISSUED, bookingId.toString(), payloadOf(EventTypes.TICKETS_ISSUED,
                new TicketsIssued(bookingId, user.id(), user.email(), user.name(), UUID.randomUUID(), "Race Day", null,
                        "UTC", null, null, null,
                        List.of(SealedSecrets.issuedTicket()),
                        Instant.now())));
        await().atMost(PATIENCE).until(() -> mailsTo(user.email()).size() >= 2);
        deliverDueMails.deliverDue();
        List<MimeMessage> mails = mailsTo(user.email());
        assertThat(mails).hasSize(2);
        MimeMessage confirmation = mails.get(1);
        assertThat(confirmation.getSubject()).isEqualTo("Your tickets for Race Day");
        assertThat(confirmation.getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void usersChooseTheirOptionalMailsInTheirProfile() {
        TestUser user = TestUser.attendee();
        String bearer = user.bearer();

        http.get().uri("/api/v1/notifications/preferences").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectBody().json("{\"reminders\":true,\"eventChanges\":true}");
        http.put().uri("/api/v1/notifications/preferences").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"reminders\":false,\"eventChanges\":true}")
                .exchange().expectStatus().isOk().expectBody().json("{\"reminders\":false,\"eventChanges\":true}");
        http.put().uri("/api/v1/notifications/preferences").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body("{\"eventChanges\":false}")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.VALIDATION_FAILED.type().toString())
                .jsonPath("$.errors[0].field").isEqualTo("reminders");

        http.get().uri("/api/v1/notifications/preferences").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectBody().json("{\"reminders\":false,\"eventChanges\":true}");
        http.get().uri("/api/v1/notifications/preferences").exchange().expectStatus().isUnauthorized();

        hold(user, Duration.ofHours(23));
        sendingReminders.sendDue();
        deliverDueMails.deliverDue();
        assertThat(mailsTo(user.email())).isEmpty();
    }

    @Test
    void aForgedLinkUnsubscribesNobodyAndOpeningTheLinkOnlyAsks() {
        TestUser user = TestUser.attendee();
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((user.id() + ".REMINDERS").getBytes()) + ".c2lnbmF0dXJl";

        http.post().uri("/api/v1/notifications/unsubscribe?token=" + forged).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PlatformProblem.INVALID_REQUEST.type().toString());
        String page = http.get().uri("/api/v1/notifications/unsubscribe?token=" + forged).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("<form method=\"post\"", "Unsubscribe");
        http.get().uri("/api/v1/notifications/preferences").header(HttpHeaders.AUTHORIZATION, user.bearer()).exchange()
                .expectStatus().isOk().expectBody().json("{\"reminders\":true,\"eventChanges\":true}");
    }

    private HeldBooking hold(TestUser user, Duration startsIn) {
        HeldBooking booking = new HeldBooking(UUID.randomUUID(), user.id(), new Recipient(user.email(), user.name()),
                UUID.randomUUID(), UUID.randomUUID(), 1, Instant.now().minus(Duration.ofDays(2)),
                new EventDetails("Race Day", null, ZoneId.of("UTC"), null, Instant.now().plus(startsIn), null));
        new TransactionTemplate(transactions).executeWithoutResult(status -> trackingBookings.confirmed(booking));
        return booking;
    }
}
