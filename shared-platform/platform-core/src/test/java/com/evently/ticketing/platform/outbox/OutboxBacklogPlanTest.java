package com.evently.ticketing.platform.outbox;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's statements read pages in proportion to what they return, not to the backlog, even with the plan
 * PostgreSQL caches for a prepared statement right after autovacuum analysed an outbox with nothing pending. Under
 * load the backlog grows between two analyses; a plan that checked each row for a parked predecessor by scanning the
 * pending rows took seven seconds per batch with 3,000 pending rows.
 */
@ServiceIntegrationTest
class OutboxBacklogPlanTest {

    private static final int BACKLOG = 3_000;
    private static final int BATCH = 200;
    private static final int PUBLISHED = 20_000;

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aBatchFromALargeBacklogReadsPagesInProportionToTheBatchNotTheBacklog() {
        JsonNode plan = planUnderBacklog("outbox_next_batch", "(text[], int)",
                OutboxRelay.NEXT_BATCH.replace(":topics", "$1").replace(":limit", "$2"), "('{plan.test}', " + BATCH + ")");

        assertThat(plan.get("Actual Rows").asInt()).isEqualTo(BATCH);
        int pagesRead = plan.get("Shared Hit Blocks").asInt() + plan.get("Shared Read Blocks").asInt();
        assertThat(pagesRead).as("pages read for a batch of %d out of %d pending rows: %s", BATCH, BACKLOG, plan)
                .isLessThan(10 * BATCH);
    }

    /** Reading every pending row for its topic was 136 to 255 pages a pass in ticket-service during a backlog. */
    @Test
    void theTopicsOfALargeBacklogAreFoundWithoutReadingIt() {
        JsonNode plan = planUnderBacklog("outbox_pending_topics", "", OutboxRelay.PENDING_TOPICS, "");

        // the two topics of the backlog, and any a concurrent test left pending
        assertThat(plan.get("Actual Rows").asInt()).isBetween(2, 10);
        int pagesRead = plan.get("Shared Hit Blocks").asInt() + plan.get("Shared Read Blocks").asInt();
        assertThat(pagesRead).as("pages read for the topics of %d pending rows: %s", BACKLOG, plan).isLessThan(60);
    }

    /**
     * EXPLAIN ANALYZE of a statement as the relay's connection runs it: prepared, with the generic plan made from
     * the statistics of an outbox with nothing pending, then run over a backlog in two topics.
     */
    private JsonNode planUnderBacklog(String name, String parameterTypes, String sql, String arguments) {
        return transaction.execute(status -> {
            // uncommitted, so the live relay never sees these rows; rolled back at the end
            status.setRollbackOnly();
            jdbc.sql("""
                    INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, event_type, payload, headers, occurred_at,
                                        published_at)
                    SELECT gen_random_uuid(), 'plan.test', 'Test', 'published-' || n, 'test.Planned.v1', '{}', '{}', now(), now()
                    FROM generate_series(1, :published) AS n
                    """).param("published", PUBLISHED).update();
            jdbc.sql("ANALYZE outbox").update();
            jdbc.sql("""
                    INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, event_type, payload, headers, occurred_at)
                    SELECT gen_random_uuid(), CASE WHEN n % 10 = 0 THEN 'plan.other' ELSE 'plan.test' END, 'Test',
                           'aggregate-' || n, 'test.Planned.v1', '{}', '{}', now()
                    FROM generate_series(1, :backlog) AS n
                    """).param("backlog", BACKLOG).update();
            jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
            jdbc.sql("PREPARE " + name + parameterTypes + " AS " + sql).update();
            try {
                String explained = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE " + name + arguments)
                        .query(String.class).single();
                return json.readTree(explained).get(0).get("Plan");
            } finally {
                jdbc.sql("DEALLOCATE " + name).update();
            }
        });
    }
}
