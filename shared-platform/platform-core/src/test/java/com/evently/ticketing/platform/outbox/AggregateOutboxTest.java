package com.evently.ticketing.platform.outbox;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceIntegrationTest
class AggregateOutboxTest {

    @Autowired
    OutboxWriter outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAggregatesOutboxWritesTheRowTheWriterWouldWithTheTypeNamedOnce() {
        OutboxWriter.AggregateOutbox users = outbox.forAggregate("User");
        UUID userId = UUID.randomUUID();

        transaction.executeWithoutResult(status -> users.append(EventTypes.USER_REGISTERED, userId,
                new UserRegistered(userId, "ana@example.com", "Ana", List.of("USER"), Instant.now())));

        Map<String, Object> row = jdbc.sql("""
                        SELECT topic, aggregate_type, event_type, payload->>'email' AS email
                        FROM outbox WHERE aggregate_id = :id
                        """)
                .param("id", userId.toString()).query().singleRow();
        assertThat(row).containsEntry("topic", Topics.IDENTITY_EVENTS)
                .containsEntry("aggregate_type", "User")
                .containsEntry("event_type", EventTypes.USER_REGISTERED)
                .containsEntry("email", "ana@example.com");
    }

    @Test
    void anAggregatesOutboxAlsoRefusesToWriteOutsideATransaction() {
        OutboxWriter.AggregateOutbox users = outbox.forAggregate("User");

        assertThatThrownBy(() -> users.append(EventTypes.USER_REGISTERED, UUID.randomUUID(), Map.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
