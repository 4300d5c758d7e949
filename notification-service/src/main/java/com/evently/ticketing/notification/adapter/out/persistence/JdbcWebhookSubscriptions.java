package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.domain.webhook.SubscriptionStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code webhook_subscription}; deleting one deletes its deliveries (foreign key, on delete cascade). Signing secrets
 * are stored sealed ({@link SealedWebhookSecrets}).
 */
public class JdbcWebhookSubscriptions implements WebhookSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(JdbcWebhookSubscriptions.class);
    private static final String COLUMNS = """
            id, organizer_id, url, array_to_string(event_types, ',') AS event_types, secret, sealed_secret, status,
            disabled_reason, disabled_at, created_at""";
    private static final int SEALING_BATCH = 100;

    private final JdbcClient jdbc;
    private final SealedWebhookSecrets secrets;

    public JdbcWebhookSubscriptions(JdbcClient jdbc, SealedWebhookSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    @Override
    public void add(WebhookSubscription subscription) {
        jdbc.sql("""
                        INSERT INTO webhook_subscription (id, organizer_id, url, event_types, sealed_secret, status,
                                                          created_at)
                        VALUES (:id, :organizer, :url, string_to_array(:types, ','), :sealed, :status, :createdAt)
                        """)
                .param("id", subscription.id())
                .param("organizer", subscription.organizerId())
                .param("url", subscription.url().toString())
                .param("types", subscription.eventTypes().stream().map(WebhookEventType::publicName).sorted()
                        .collect(Collectors.joining(",")))
                .param("sealed", secrets.seal(subscription.id(), subscription.secret()))
                .param("status", subscription.status().name())
                .param("createdAt", Timestamp.from(subscription.createdAt()))
                .update();
    }

    @Override
    public Optional<WebhookSubscription> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id")
                .param("id", id).query(this::subscription).optional();
    }

    @Override
    public List<WebhookSubscription> list(UUID organizerId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM webhook_subscription
                        WHERE CAST(:organizer AS uuid) IS NULL OR organizer_id = :organizer
                        ORDER BY created_at, id
                        """)
                .param("organizer", organizerId).query(this::subscription).list();
    }

    @Override
    public boolean delete(UUID id) {
        return jdbc.sql("DELETE FROM webhook_subscription WHERE id = :id").param("id", id).update() == 1;
    }

    @Override
    public List<WebhookSubscription> subscribedTo(UUID organizerId, WebhookEventType type, Instant occurredAt) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM webhook_subscription
                        WHERE organizer_id = :organizer AND status = 'ENABLED' AND :type = ANY (event_types)
                          AND created_at <= :occurredAt
                        ORDER BY created_at, id
                        """)
                .param("organizer", organizerId)
                .param("type", type.publicName())
                .param("occurredAt", Timestamp.from(occurredAt))
                .query(this::subscription).list();
    }

    @Override
    public boolean disable(UUID id, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE webhook_subscription SET status = 'DISABLED', disabled_reason = :reason, disabled_at = :at
                         WHERE id = :id AND status = 'ENABLED'
                        """)
                .param("id", id).param("reason", reason).param("at", Timestamp.from(at)).update() == 1;
    }

    @Override
    public void enable(UUID id) {
        jdbc.sql("""
                        UPDATE webhook_subscription SET status = 'ENABLED', disabled_reason = NULL, disabled_at = NULL
                         WHERE id = :id
                        """)
                .param("id", id).update();
    }

    /**
     * Seals every secret an earlier version stored in clear, and seals again every one sealed under a previous key,
     * so that the previous key can be dropped after a start with the new one. Safe with several replicas starting at
     * once: each row is replaced only if it still holds what this replica read (compare and set), so a row is sealed
     * once, by whichever replica gets there first, and never sealed twice over.
     *
     * @return how many rows this replica sealed
     */
    public int sealStoredSecrets() {
        int sealed = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<StoredSecret> batch = jdbc.sql("""
                            SELECT id, secret, sealed_secret FROM webhook_subscription
                             WHERE id > :after ORDER BY id LIMIT :batch
                            """)
                    .param("after", after).param("batch", SEALING_BATCH)
                    .query((row, index) -> new StoredSecret(row.getObject("id", UUID.class), row.getString("secret"),
                            row.getString("sealed_secret")))
                    .list();
            for (StoredSecret stored : batch) {
                if (stored.clear() != null || secrets.needsSealing(stored.sealed())) {
                    sealed += reseal(stored);
                }
            }
            if (batch.size() < SEALING_BATCH) {
                break;
            }
            after = batch.getLast().id();
        }
        if (sealed > 0) {
            log.info("Sealed {} stored webhook secret(s) under the current TICKETING_WEBHOOK_SECRET_KEY", sealed);
        }
        return sealed;
    }

    private int reseal(StoredSecret stored) {
        String sealed = secrets.seal(stored.id(), secrets.read(stored.id(), stored.sealed(), stored.clear()));
        // IS NOT DISTINCT FROM: compares NULLs as equal, so a row is replaced only as this replica read it
        return jdbc.sql("""
                        UPDATE webhook_subscription SET sealed_secret = :sealed, secret = NULL
                         WHERE id = :id AND secret IS NOT DISTINCT FROM :clear
                           AND sealed_secret IS NOT DISTINCT FROM :before
                        """)
                .param("sealed", sealed).param("id", stored.id())
                .param("clear", stored.clear(), Types.VARCHAR)
                .param("before", stored.sealed(), Types.VARCHAR)
                .update();
    }

    private record StoredSecret(UUID id, String clear, String sealed) {
    }

    private WebhookSubscription subscription(ResultSet row, int index) throws SQLException {
        Set<WebhookEventType> types = Arrays.stream(row.getString("event_types").split(","))
                .map(WebhookEventType::fromPublicName).collect(Collectors.toSet());
        UUID id = row.getObject("id", UUID.class);
        return new WebhookSubscription(id, row.getObject("organizer_id", UUID.class),
                URI.create(row.getString("url")), types,
                secrets.read(id, row.getString("sealed_secret"), row.getString("secret")),
                SubscriptionStatus.valueOf(row.getString("status")), row.getString("disabled_reason"),
                instant(row.getTimestamp("disabled_at")), instant(row.getTimestamp("created_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
