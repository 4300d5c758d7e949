package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.WebhookDeliveries;
import com.evently.ticketing.notification.domain.webhook.ClaimedWebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.DeliveryStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookDelivery;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.notification.adapter.out.persistence.JdbcWebhookSubscriptions.instant;

/**
 * {@code webhook_delivery}: the webhook outbox and its delivery log.
 * <p>
 * A statement addressing one delivery by its id compares the status under the "C" collation, for the reason given
 * at {@link JdbcMailQueue#MARK_SENT}: the partial index webhook_delivery_due must not be the way to the row.
 */
public class JdbcWebhookDeliveries implements WebhookDeliveries {

    private static final int MAX_ERROR_LENGTH = 500;
    private static final String LOG_COLUMNS = """
            id, subscription_id, event_type, source_event_id, status, attempts, response_code, last_error, created_at,
            last_attempt_at, next_attempt_at, delivered_at""";

    private final JdbcClient jdbc;
    private final SealedWebhookSecrets secrets;

    /** @param secrets how the subscriptions' signing secrets are kept, to open them for signing */
    public JdbcWebhookDeliveries(JdbcClient jdbc, SealedWebhookSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    public boolean add(UUID deliveryId, UUID subscriptionId, UUID sourceEventId, WebhookEventType type,
                       String resourceKey, String payload, Instant now) {
        return jdbc.sql("""
                        INSERT INTO webhook_delivery (id, subscription_id, source_event_id, event_type, resource_key,
                                                      payload, status, next_attempt_at, created_at)
                        VALUES (:id, :subscription, :source, :type, :resource, :payload, 'PENDING', :now, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("id", deliveryId)
                .param("subscription", subscriptionId)
                .param("source", sourceEventId)
                .param("type", type.publicName())
                .param("resource", resourceKey)
                .param("payload", payload)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    @Override
    public Optional<ClaimedWebhookDelivery> claimNext(Instant now, Instant claimedUntil) {
        // Like the mail queue: one auto-committed statement, so the row lock lasts only as long as it does; SKIP
        // LOCKED lets senders (threads, replicas) take different rows; moving next_attempt_at to the claim's end
        // hides the row from other senders while this one sends, without holding a lock during the HTTP call.
        // A claimed row stays PENDING, so a later delivery of its resource keeps waiting behind it.
        UUID claim = UUID.randomUUID();
        return jdbc.sql("""
                        UPDATE webhook_delivery d
                           SET attempts = d.attempts + 1, next_attempt_at = :claimedUntil, claim_id = :claim,
                               last_attempt_at = :now
                          FROM webhook_subscription s
                         WHERE s.id = d.subscription_id
                           AND d.id IN (SELECT due.id FROM webhook_delivery due
                                          JOIN webhook_subscription sub ON sub.id = due.subscription_id
                                         WHERE due.status = 'PENDING' AND due.next_attempt_at <= :now
                                           AND sub.status = 'ENABLED'
                                           AND NOT EXISTS (SELECT 1 FROM webhook_delivery earlier
                                                            WHERE earlier.subscription_id = due.subscription_id
                                                              AND earlier.resource_key = due.resource_key
                                                              AND earlier.status = 'PENDING'
                                                              AND earlier.seq < due.seq)
                                         ORDER BY due.next_attempt_at
                                         LIMIT 1
                                         FOR UPDATE OF due SKIP LOCKED)
                        RETURNING d.id, d.claim_id, d.subscription_id, s.url, s.secret, s.sealed_secret, d.payload,
                                  d.attempts, d.created_at
                        """)
                .param("claimedUntil", Timestamp.from(claimedUntil))
                .param("claim", claim)
                .param("now", Timestamp.from(now))
                .query((row, index) -> new ClaimedWebhookDelivery(row.getObject("id", UUID.class),
                        row.getObject("claim_id", UUID.class), row.getObject("subscription_id", UUID.class),
                        URI.create(row.getString("url")),
                        secrets.read(row.getObject("subscription_id", UUID.class), row.getString("sealed_secret"),
                                row.getString("secret")),
                        row.getString("payload"), row.getInt("attempts"), instant(row.getTimestamp("created_at"))))
                .optional();
    }

    @Override
    public void markSucceeded(ClaimedWebhookDelivery delivery, int responseCode, Instant at) {
        // not guarded by the claim: once the receiver accepted it, "succeeded" is the truth
        jdbc.sql("""
                        UPDATE webhook_delivery
                           SET status = 'SUCCEEDED', delivered_at = :at, response_code = :code, last_error = NULL,
                               claim_id = NULL
                         WHERE id = :id AND status = 'PENDING' COLLATE "C"
                        """)
                .param("at", Timestamp.from(at)).param("code", responseCode).param("id", delivery.id()).update();
    }

    @Override
    public void scheduleRetry(ClaimedWebhookDelivery delivery, Integer responseCode, String error, Instant at,
                              Instant nextAttemptAt) {
        // guarded by the claim: a sender whose claim ran out must not move a row another sender holds now
        jdbc.sql("""
                        UPDATE webhook_delivery
                           SET next_attempt_at = :next, response_code = :code, last_error = :error, claim_id = NULL
                         WHERE id = :id AND claim_id = :claim AND status = 'PENDING' COLLATE "C"
                        """)
                .param("next", Timestamp.from(nextAttemptAt)).param("code", responseCode)
                .param("error", truncated(error)).param("id", delivery.id()).param("claim", delivery.claim())
                .update();
    }

    @Override
    public void markFailed(ClaimedWebhookDelivery delivery, Integer responseCode, String error, Instant at) {
        jdbc.sql("""
                        UPDATE webhook_delivery
                           SET status = 'FAILED', response_code = :code, last_error = :error, claim_id = NULL
                         WHERE id = :id AND claim_id = :claim AND status = 'PENDING' COLLATE "C"
                        """)
                .param("code", responseCode).param("error", truncated(error)).param("id", delivery.id())
                .param("claim", delivery.claim()).update();
    }

    @Override
    public Optional<WebhookDelivery> find(UUID subscriptionId, UUID deliveryId) {
        return jdbc.sql("SELECT " + LOG_COLUMNS
                        + " FROM webhook_delivery WHERE id = :id AND subscription_id = :subscription")
                .param("id", deliveryId).param("subscription", subscriptionId)
                .query(JdbcWebhookDeliveries::logged).optional();
    }

    @Override
    public List<WebhookDelivery> list(UUID subscriptionId, int page, int size) {
        return jdbc.sql("SELECT " + LOG_COLUMNS + """
                         FROM webhook_delivery WHERE subscription_id = :subscription
                        ORDER BY created_at DESC, seq DESC
                        LIMIT :size OFFSET :offset
                        """)
                .param("subscription", subscriptionId).param("size", size).param("offset", (long) page * size)
                .query(JdbcWebhookDeliveries::logged).list();
    }

    @Override
    public long count(UUID subscriptionId) {
        return jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE subscription_id = :subscription")
                .param("subscription", subscriptionId).query(Long.class).single();
    }

    @Override
    public boolean redeliver(UUID deliveryId, Instant now) {
        return jdbc.sql("""
                        UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = :now, claim_id = NULL
                         WHERE id = :id AND status <> 'PENDING'
                        """)
                .param("now", Timestamp.from(now)).param("id", deliveryId).update() == 1;
    }

    private static WebhookDelivery logged(ResultSet row, int index) throws SQLException {
        int code = row.getInt("response_code");
        Integer responseCode = row.wasNull() ? null : code;
        return new WebhookDelivery(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class),
                WebhookEventType.fromPublicName(row.getString("event_type")),
                row.getObject("source_event_id", UUID.class), DeliveryStatus.valueOf(row.getString("status")),
                row.getInt("attempts"), responseCode, row.getString("last_error"),
                instant(row.getTimestamp("created_at")), instant(row.getTimestamp("last_attempt_at")),
                instant(row.getTimestamp("next_attempt_at")), instant(row.getTimestamp("delivered_at")));
    }

    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
