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
 * The relay's poll reads a batch's worth of pages, not the backlog once per row, even with the plan PostgreSQL
 * caches for a prepared statement right after autovacuum analysed an outbox with nothing pending. Under load the
 * backlog grows between two analyses; a plan that checked each row for a parked predecessor by scanning the pending
 * rows took seven seconds per batch with 3,000 pending rows.
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
        JsonNode plan = transaction.execute(status -> {
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
                    SELECT gen_random_uuid(), 'plan.test', 'Test', 'aggregate-' || n, 'test.Planned.v1', '{}', '{}', now()
                    FROM generate_series(1, :backlog) AS n
                    """).param("backlog", BACKLOG).update();
            jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
            jdbc.sql("PREPARE outbox_next_batch(text[], int) AS "
                    + OutboxRelay.NEXT_BATCH.replace(":topics", "$1").replace(":limit", "$2")).update();
            try {
                String explained = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE outbox_next_batch('{plan.test}', "
                        + BATCH + ")").query(String.class).single();
                return json.readTree(explained).get(0).get("Plan");
            } finally {
                jdbc.sql("DEALLOCATE outbox_next_batch").update();
            }
        });

        assertThat(plan.get("Actual Rows").asInt()).isEqualTo(BATCH);
        int pagesRead = plan.get("Shared Hit Blocks").asInt() + plan.get("Shared Read Blocks").asInt();
        assertThat(pagesRead).as("pages read for a batch of %d out of %d pending rows: %s", BATCH, BACKLOG, plan)
                .isLessThan(10 * BATCH);
    }
}
