package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.contracts.identity.UserRoleChanged;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The password reset mail's whole path: PasswordResetRequested on the real Kafka broker, the mail queue in real
 * PostgreSQL, the mail through GreenMail's real SMTP server, with the service's log output captured throughout.
 */
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetMailTest extends NotificationServiceIntegrationTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

    @Test
    void resetRequestSendsTheAccountOneMailLinkingToTheResetPageWithTheToken(CapturedOutput output) throws Exception {
        PasswordResetRequested requested = resetRequested(UUID.randomUUID(), newEmail());
        String link = "http://localhost:8080/reset-password?token="
                + URLEncoder.encode(SealedSecrets.tokenOf(requested), StandardCharsets.UTF_8);

        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, requested.userId().toString(), payloadOf(requested));

        MimeMessage mail = awaitOneMailTo(requested.email());
        assertThat(mail.getSubject()).isEqualTo("Reset your Evently password");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(requested.email());
        List<Part> parts = leafParts(mail);
        assertThat(parts).as("text and HTML alternatives, nothing attached").hasSize(2);
        String text = (String) single(parts, "text/plain").getContent();
        String html = (String) single(parts, "text/html").getContent();
        String expiry = EXPIRY.format(requested.expiresAt().atZone(ZoneOffset.UTC)) + " (UTC)";
        assertThat(text).contains("Hello Ada Lovelace", link, "expires on " + expiry, "ignore this mail");
        assertThat(html).contains("<a href=\"" + link + "\">", "expires on " + expiry, "ignore this mail");
        assertThat(link).doesNotContain("+", "/reset-password?token=" + SealedSecrets.tokenOf(requested));
        assertThat(output.getAll()).doesNotContain(SealedSecrets.tokenOf(requested));
    }

    @Test
    void theSentMailKeepsNeitherTheTokenNorTheLinkAndTicketServiceIsNotAsked(CapturedOutput output) throws Exception {
        PasswordResetRequested requested = resetRequested(UUID.randomUUID(), newEmail());
        int ticketServiceRequestsBefore = ticketService.requests();

        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, requested.userId().toString(), payloadOf(requested));

        awaitOneMailTo(requested.email());
        await().atMost(PATIENCE).until(() -> "SENT".equals(mailRowOf(requested.userId()).get("status")));
        Map<String, Object> row = mailRowOf(requested.userId());
        assertThat(row).containsEntry("kind", "PASSWORD_RESET")
                .containsEntry("text_body", "")
                .containsEntry("html_body", "")
                .containsEntry("subject", "Reset your Evently password")
                .containsEntry("reference", sha256Hex(SealedSecrets.tokenOf(requested)));
        assertThat(row.get("booking_id")).isNull();
        String token = SealedSecrets.tokenOf(requested);
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(token));
        assertThat(ticketService.requests()).isEqualTo(ticketServiceRequestsBefore);
        assertThat(output.getAll()).doesNotContain(SealedSecrets.tokenOf(requested));
    }

    @Test
    void aRedeliveredOrRepublishedResetRequestSendsNoSecondMail() {
        PasswordResetRequested requested = resetRequested(UUID.randomUUID(), newEmail());
        String key = requested.userId().toString();
        String eventId = TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, key, payloadOf(requested));
        awaitOneMailTo(requested.email());

        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, key, payloadOf(requested), eventId);
        String republishedId = TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, key, payloadOf(requested));
        // same key, same partition: once the re-published event is in the inbox, the redelivery was handled before it
        await().atMost(PATIENCE).until(() -> inboxHolds(republishedId));
        deliverDueMails.deliverDue();

        assertThat(inboxHolds(eventId)).isTrue();
        assertThat(mailRowsOf(requested.userId())).isEqualTo(1);
        assertThat(mailsTo(requested.email())).hasSize(1);
    }

    @Test
    void everyResetRequestOfAnAccountGetsItsOwnLink() throws Exception {
        UUID userId = UUID.randomUUID();
        String email = newEmail();
        PasswordResetRequested first = resetRequested(userId, email);
        PasswordResetRequested second = resetRequested(userId, email);

        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, userId.toString(), payloadOf(first));
        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, userId.toString(), payloadOf(second));

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() >= 2);
        assertThat(mailsTo(email)).hasSize(2);
        List<String> texts = mailsTo(email).stream().map(PasswordResetMailTest::plainTextOf).toList();
        for (PasswordResetRequested request : List.of(first, second)) {
            String token = URLEncoder.encode(SealedSecrets.tokenOf(request), StandardCharsets.UTF_8);
            assertThat(texts).anyMatch(text -> text.contains(token));
        }
        assertThat(mailRowsOf(userId)).isEqualTo(2);
    }

    @Test
    void otherIdentityEventsSendNoMail() {
        UUID userId = UUID.randomUUID();
        String changedEmail = newEmail();
        String roleChangeId = TestEventBus.publish(EventTypes.USER_ROLE_CHANGED, userId.toString(),
                payloadOf(EventTypes.USER_ROLE_CHANGED, new UserRoleChanged(userId, changedEmail, List.of("USER"),
                        List.of("USER", "ORGANIZER"), UUID.randomUUID(), Instant.now())));
        PasswordResetRequested requested = resetRequested(userId, newEmail());

        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, userId.toString(), payloadOf(requested));

        // same key, same partition: the role change was read before the reset request that follows it
        awaitOneMailTo(requested.email());
        assertThat(mailsTo(changedEmail)).isEmpty();
        assertThat(inboxHolds(roleChangeId)).isFalse();
        assertThat(mailRowsOf(userId)).isEqualTo(1);
    }

    @Test
    void aRegistrationSendsOneWelcomeMailAlsoWhenDeliveredAgain() throws Exception {
        UUID userId = UUID.randomUUID();
        String email = newEmail();
        String payload = payloadOf(EventTypes.USER_REGISTERED,
                new UserRegistered(userId, email, "Ada Lovelace", List.of("USER"), Instant.now()));

        String eventId = TestEventBus.publish(EventTypes.USER_REGISTERED, userId.toString(), payload);
        TestEventBus.publish(EventTypes.USER_REGISTERED, userId.toString(), payload, eventId);
        String republishedId = TestEventBus.publish(EventTypes.USER_REGISTERED, userId.toString(), payload);

        MimeMessage mail = awaitOneMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Welcome to Evently");
        assertThat((String) single(leafParts(mail), "text/plain").getContent())
                .contains("Hello Ada Lovelace,", "your account " + email + " is ready", "http://localhost:8080");
        await().atMost(PATIENCE).until(() -> inboxHolds(republishedId));
        deliverDueMails.deliverDue();
        assertThat(mailsTo(email)).hasSize(1);
    }

    @Test
    void aResetRequestWithAnUnusableTokenGoesToTheDeadLetterTopicWithoutBeingLoggedOrQueued(CapturedOutput output) {
        UUID userId = UUID.randomUUID();
        String unusableToken = "a token with spaces " + UUID.randomUUID();
        PasswordResetRequested requested = new PasswordResetRequested(userId, newEmail(), "Ada Lovelace",
                SealedSecrets.sealedToken(userId, unusableToken), Instant.now().plus(Duration.ofMinutes(30)),
                Instant.now());

        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, userId.toString(), json.writeValueAsString(requested));

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.IDENTITY_EVENTS),
                message -> userId.toString().equals(message.key()), 1, PATIENCE)).hasSize(1);
        assertThat(mailRowsOf(userId)).isZero();
        assertThat(output.getAll()).doesNotContain(unusableToken);
    }

    /** A sealed token copied into another account's request, or a token in clear, mails nothing. */
    @Test
    void aResetTokenSealedForAnotherAccountOrNotSealedGoesToTheDeadLetterTopic(CapturedOutput output) {
        PasswordResetRequested victims = resetRequested(UUID.randomUUID(), newEmail());
        UUID attackerId = UUID.randomUUID();
        PasswordResetRequested moved = new PasswordResetRequested(attackerId, newEmail(), "Mallory",
                victims.sealedToken(), victims.expiresAt(), victims.occurredAt());
        UUID clearId = UUID.randomUUID();
        String clearToken = "k3Qx9fJ2mP0aB7cD1eF4gH6iJ8kL0mN2" + UUID.randomUUID();
        PasswordResetRequested inClear = new PasswordResetRequested(clearId, newEmail(), "Ada Lovelace", clearToken,
                victims.expiresAt(), victims.occurredAt());

        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, attackerId.toString(), payloadOf(moved));
        TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, clearId.toString(), json.writeValueAsString(inClear));

        for (UUID userId : List.of(attackerId, clearId)) {
            assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.IDENTITY_EVENTS),
                    message -> userId.toString().equals(message.key()), 1, PATIENCE)).hasSize(1);
            assertThat(mailRowsOf(userId)).isZero();
        }
        assertThat(output.getAll()).doesNotContain(SealedSecrets.tokenOf(victims), clearToken);
    }

    /** A token as identity-service might issue it; standard Base64, so the link must URL-encode its '+', '/' and '='. */
    private static PasswordResetRequested resetRequested(UUID userId, String email) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new PasswordResetRequested(userId, email, "Ada Lovelace",
                SealedSecrets.sealedToken(userId, Base64.getEncoder().encodeToString(secret)),
                now.plus(Duration.ofMinutes(30)), now);
    }

    private static String newEmail() {
        return "account-" + UUID.randomUUID() + "@example.com";
    }

    private String payloadOf(PasswordResetRequested requested) {
        return payloadOf(EventTypes.PASSWORD_RESET_REQUESTED, requested);
    }

    private long mailRowsOf(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE user_id = :user")
                .param("user", userId).query(Long.class).single();
    }

    private Map<String, Object> mailRowOf(UUID userId) {
        return jdbc.sql("""
                        SELECT kind, reference, booking_id, recipient, subject, text_body, html_body, status, last_error
                          FROM outbound_mail WHERE user_id = :user
                        """)
                .param("user", userId).query().singleRow();
    }

    private static String plainTextOf(MimeMessage mail) {
        try {
            return (String) single(leafParts(mail), "text/plain").getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
