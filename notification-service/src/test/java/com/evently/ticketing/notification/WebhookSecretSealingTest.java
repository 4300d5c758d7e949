package com.evently.ticketing.notification;

import com.evently.ticketing.notification.adapter.out.persistence.JdbcWebhookSubscriptions;
import com.evently.ticketing.notification.domain.webhook.WebhookSecret;
import com.evently.ticketing.notification.testing.WebhookReceiver;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signing secrets at rest: sealed under TICKETING_WEBHOOK_SECRET_KEY, the rows of an earlier version sealed at start,
 * secrets of a previous key sealed again under the current one, each row once however many replicas start together.
 */
class WebhookSecretSealingTest extends NotificationServiceIntegrationTest {

    private static final Duration WEBHOOK_PATIENCE = Duration.ofSeconds(90);
    private static final WebhookReceiver receiver = WebhookReceiver.start();

    @Autowired
    RestTestClient http;
    @Autowired
    JdbcWebhookSubscriptions subscriptions;
    @Value("${ticketing.webhooks.secret-sealing.key}")
    String currentKey;
    @Value("${ticketing.webhooks.secret-sealing.previous-keys}")
    String previousKey;

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aNewSubscriptionsSecretIsStoredOnlySealedAndStillSigns() {
        TestUser organizer = TestUser.organizer();
        String path = "/sealed-" + UUID.randomUUID();
        Map<String, Object> created = subscribe(organizer, receiver.url(path));
        String secret = (String) created.get("secret");
        UUID id = UUID.fromString((String) created.get("id"));

        Map<String, Object> row = row(id);
        assertThat(row.get("secret")).as("nothing in clear").isNull();
        String sealed = (String) row.get("sealed_secret");
        assertThat(sealed).doesNotContain(secret.substring("whsec_".length()));
        assertThat(new String(Base64.getUrlDecoder().decode(sealed.substring(0, sealed.indexOf('.')))))
                .as("the header names the key and the subscription").contains("\"kid\"", id.toString());
        assertThat(current().sealedWithCurrentKey(sealed)).isTrue();

        ping(organizer, id);
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 1);
        assertThat(receiver.requestsTo(path).getFirst().signatureVerifies(secret)).isTrue();
    }

    @Test
    void aSecretAnEarlierVersionKeptInClearSignsAsBeforeAndIsSealedAtStart() {
        TestUser organizer = TestUser.organizer();
        String path = "/legacy-" + UUID.randomUUID();
        WebhookSecret secret = WebhookSecret.generate();
        UUID id = storedInClear(organizer, receiver.url(path), secret);

        ping(organizer, id);
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 1);
        assertThat(subscriptions.sealStoredSecrets()).isGreaterThanOrEqualTo(1);

        Map<String, Object> row = row(id);
        assertThat(row.get("secret")).isNull();
        String sealed = (String) row.get("sealed_secret");
        assertThat(current().open(sealed, "notification.webhook_subscription.secret/" + id)).isEqualTo(secret.value());
        assertThat(subscriptions.sealStoredSecrets()).as("nothing left to seal").isZero();
        assertThat(row(id).get("sealed_secret")).as("a sealed row is left alone").isEqualTo(sealed);

        ping(organizer, id);
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 2);
        assertThat(receiver.requestsTo(path)).allSatisfy(request ->
                assertThat(request.signatureVerifies(secret.value())).isTrue());
    }

    @Test
    void aSecretSealedUnderThePreviousKeyIsSealedAgainUnderTheCurrentOne() {
        TestUser organizer = TestUser.organizer();
        WebhookSecret secret = WebhookSecret.generate();
        UUID id = UUID.randomUUID();
        String context = "notification.webhook_subscription.secret/" + id;
        String underPreviousKey = FieldSealing
                .fromBase64("TEST_PREVIOUS_KEY", "TEST_PREVIOUS_KEYS", previousKey, List.of(), "tests")
                .seal(secret.value(), context);
        insert(id, organizer, receiver.url("/rotated-" + id), null, underPreviousKey);
        assertThat(current().sealedWithCurrentKey(underPreviousKey)).isFalse();

        assertThat(subscriptions.sealStoredSecrets()).isGreaterThanOrEqualTo(1);

        String resealed = (String) row(id).get("sealed_secret");
        assertThat(resealed).isNotEqualTo(underPreviousKey);
        assertThat(current().sealedWithCurrentKey(resealed)).isTrue();
        assertThat(current().open(resealed, context)).isEqualTo(secret.value());
    }

    @Test
    void replicasStartingTogetherSealEachRowOnce() throws Exception {
        TestUser organizer = TestUser.organizer();
        List<UUID> legacy = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            legacy.add(storedInClear(organizer, receiver.url("/many-" + i), WebhookSecret.generate()));
        }
        long waiting = jdbc.sql("SELECT count(*) FROM webhook_subscription WHERE secret IS NOT NULL")
                .query(Long.class).single();

        List<Callable<Integer>> replicas = List.of(subscriptions::sealStoredSecrets, subscriptions::sealStoredSecrets,
                subscriptions::sealStoredSecrets);
        int sealed = 0;
        try (ExecutorService threads = Executors.newFixedThreadPool(replicas.size())) {
            for (Future<Integer> replica : threads.invokeAll(replicas)) {
                sealed += replica.get();
            }
        }

        assertThat(sealed).as("every row sealed by exactly one replica").isEqualTo(waiting);
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_subscription WHERE secret IS NOT NULL").query(Long.class)
                .single()).isZero();
        assertThat(legacy).allSatisfy(id -> assertThat(current().sealedWithCurrentKey((String) row(id).get("sealed_secret")))
                .isTrue());
    }

    private FieldSealing current() {
        return FieldSealing.fromBase64("TEST_KEY", "TEST_PREVIOUS_KEYS", currentKey, List.of(), "tests");
    }

    private Map<String, Object> subscribe(TestUser organizer, String url) {
        return json.readValue(http.post().uri("/api/v1/webhooks")
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", url, "eventTypes", List.of("event.published")))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody(), Map.class);
    }

    private void ping(TestUser organizer, UUID id) {
        http.post().uri("/api/v1/webhooks/{id}/ping", id).header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .exchange().expectStatus().is2xxSuccessful();
    }

    /** As the version before sealing wrote a subscription: the secret in clear, no sealed one. */
    private UUID storedInClear(TestUser organizer, String url, WebhookSecret secret) {
        UUID id = UUID.randomUUID();
        insert(id, organizer, url, secret.value(), null);
        return id;
    }

    private void insert(UUID id, TestUser organizer, String url, String clear, String sealed) {
        jdbc.sql("""
                        INSERT INTO webhook_subscription (id, organizer_id, url, event_types, secret, sealed_secret,
                                                          status, created_at)
                        VALUES (:id, :organizer, :url, ARRAY['event.published'], :clear, :sealed, 'ENABLED', :now)
                        """)
                .param("id", id).param("organizer", organizer.id()).param("url", url)
                .param("clear", clear, java.sql.Types.VARCHAR).param("sealed", sealed, java.sql.Types.VARCHAR)
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT secret, sealed_secret FROM webhook_subscription WHERE id = :id").param("id", id)
                .query().singleRow();
    }
}
