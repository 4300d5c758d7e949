package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.domain.webhook.SubscriptionStatus;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.domain.webhook.WebhookSecret;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code webhook_subscription}; deleting one deletes its deliveries (foreign key, on delete cascade). */
public class JdbcWebhookSubscriptions implements WebhookSubscriptions {

    private static final String COLUMNS = """
            id, organizer_id, url, array_to_string(event_types, ',') AS event_types, secret, status, disabled_reason,
            disabled_at, created_at""";

    private final JdbcClient jdbc;

    public JdbcWebhookSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(WebhookSubscription subscription) {
        jdbc.sql("""
                        INSERT INTO webhook_subscription (id, organizer_id, url, event_types, secret, status, created_at)
                        VALUES (:id, :organizer, :url, string_to_array(:types, ','), :secret, :status, :createdAt)
                        """)
                .param("id", subscription.id())
                .param("organizer", subscription.organizerId())
                .param("url", subscription.url().toString())
                .param("types", subscription.eventTypes().stream().map(WebhookEventType::publicName).sorted()
                        .collect(Collectors.joining(",")))
                .param("secret", subscription.secret().value())
                .param("status", subscription.status().name())
                .param("createdAt", Timestamp.from(subscription.createdAt()))
                .update();
    }

    @Override
    public Optional<WebhookSubscription> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id")
                .param("id", id).query(JdbcWebhookSubscriptions::subscription).optional();
    }

    @Override
    public List<WebhookSubscription> list(UUID organizerId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM webhook_subscription
                        WHERE CAST(:organizer AS uuid) IS NULL OR organizer_id = :organizer
                        ORDER BY created_at, id
                        """)
                .param("organizer", organizerId).query(JdbcWebhookSubscriptions::subscription).list();
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
                .query(JdbcWebhookSubscriptions::subscription).list();
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

    private static WebhookSubscription subscription(ResultSet row, int index) throws SQLException {
        Set<WebhookEventType> types = Arrays.stream(row.getString("event_types").split(","))
                .map(WebhookEventType::fromPublicName).collect(Collectors.toSet());
        return new WebhookSubscription(row.getObject("id", UUID.class), row.getObject("organizer_id", UUID.class),
                URI.create(row.getString("url")), types, new WebhookSecret(row.getString("secret")),
                SubscriptionStatus.valueOf(row.getString("status")), row.getString("disabled_reason"),
                instant(row.getTimestamp("disabled_at")), instant(row.getTimestamp("created_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
