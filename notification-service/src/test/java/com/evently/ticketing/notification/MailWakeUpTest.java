package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Headers;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.notification.adapter.in.messaging.IdentityEventsListener;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.domain.Notice;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.notification.domain.Welcome;
import com.evently.ticketing.testsupport.TestUser;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A queued mail goes out as soon as the transaction that queued it commits, with the next poll an hour away.
 * <p>
 * A context of its own, for that hour: its Kafka listeners stay stopped (a second consuming context would mail every
 * event of the other classes again), so events are handed to the listener as the container would, and it is closed
 * after this class.
 */
@TestPropertySource(properties = {
        "ticketing.notification.delivery.poll-interval=1h",
        "spring.kafka.listener.auto-startup=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MailWakeUpTest extends NotificationServiceIntegrationTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(5);

    @Autowired
    IdentityEventsListener identityEventsListener;
    @Autowired
    QueueingMail queueingMail;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    RestTestClient http;

    @Test
    void aResetLinkIsSentAsSoonAsItsEventWasTakenIn() {
        UUID userId = UUID.randomUUID();
        PasswordResetRequested requested = new PasswordResetRequested(userId,
                "account-" + UUID.randomUUID() + "@example.com", "Ada Lovelace",
                SealedSecrets.sealedToken(userId, "reset-" + UUID.randomUUID() + "-" + UUID.randomUUID()),
                Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS), Instant.now());

        identityEventsListener.on(record(EventTypes.PASSWORD_RESET_REQUESTED, userId,
                payloadOf(EventTypes.PASSWORD_RESET_REQUESTED, requested)));

        await().atMost(WITHIN_SECONDS).until(() -> mailsTo(requested.email()).size() == 1);
    }

    @Test
    void aMailIsSentWhenItsTransactionCommitsNotWhenItIsQueued() {
        String email = newEmail();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            queueingMail.queue(welcome(email));
            // a run woken now would not see the uncommitted mail, and the next poll is an hour away
            sleep(Duration.ofMillis(500));
        });

        await().atMost(WITHIN_SECONDS).until(() -> mailsTo(email).size() == 1);
    }

    @Test
    void aResentMailIsSentAsSoonAsItIsQueuedAgain() {
        String email = newEmail();
        queueingMail.queue(welcome(email));
        await().atMost(WITHIN_SECONDS).until(() -> "SENT".equals(statusOf(email)));
        UUID mailId = jdbc.sql("SELECT id FROM outbound_mail WHERE recipient = :email")
                .param("email", email).query(UUID.class).single();

        http.post().uri("/api/v1/admin/notifications/{id}/resend", mailId)
                .header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer())
                .exchange().expectStatus().isOk();

        await().atMost(WITHIN_SECONDS).until(() -> mailsTo(email).size() == 2);
    }

    private static Notice welcome(String email) {
        return new Welcome(UUID.randomUUID(), new Recipient(email, "Ada Lovelace"))
                .notice(new WebUi(URI.create("http://localhost:8080")), Locale.ENGLISH);
    }

    /** As the listener container hands it over, with the headers the publishing outbox writes. */
    private static ConsumerRecord<String, String> record(String eventType, UUID key, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.IDENTITY_EVENTS, 0, 0, key.toString(),
                payload);
        record.headers().add(Headers.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.TYPE, eventType.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private String statusOf(String email) {
        return jdbc.sql("SELECT status FROM outbound_mail WHERE recipient = :email")
                .param("email", email).query(String.class).single();
    }

    private static String newEmail() {
        return "account-" + UUID.randomUUID() + "@example.com";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
