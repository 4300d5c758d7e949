package com.evently.ticketing.platform.inbox;

import com.evently.ticketing.platform.retention.RetentionPurge;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Processed event ids go after 30 days (the default), through the platform's retention purge. */
@ServiceIntegrationTest
@TestPropertySource(properties = "ticketing.retention.batch-size=7")
class InboxRetentionTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RetentionPurge retention;

    @BeforeEach
    void countRowsEachDeleteStatementRemoves() {
        jdbc.sql("CREATE TABLE inbox_deletes (rows bigint NOT NULL)").update();
        jdbc.sql("""
                CREATE FUNCTION count_inbox_deletes() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO inbox_deletes SELECT count(*) FROM deleted; RETURN NULL; END $$
                """).update();
        jdbc.sql("""
                CREATE TRIGGER inbox_deletes AFTER DELETE ON inbox REFERENCING OLD TABLE AS deleted
                FOR EACH STATEMENT EXECUTE FUNCTION count_inbox_deletes()
                """).update();
    }

    @AfterEach
    void dropTheCounter() {
        jdbc.sql("DROP TRIGGER inbox_deletes ON inbox").update();
        jdbc.sql("DROP FUNCTION count_inbox_deletes()").update();
        jdbc.sql("DROP TABLE inbox_deletes").update();
    }

    @Test
    void runsInTheServiceAndForgetsOnlyEventsOlderThanTheRetentionInBoundedBatches() {
        assertThat(retention.isRunning()).isTrue();
        String consumer = insertRows(25, "31 days");
        insertRows(1, "29 days", consumer);
        insertRows(1, "0 days", consumer);

        int purged = retention.purge("inbox");

        assertThat(purged).isEqualTo(25);
        assertThat(rowsOf(consumer)).isEqualTo(2);
        assertThat(deleteStatements()).containsExactly(7L, 7L, 7L, 4L);
    }

    @Test
    void twoReplicasPurgingAtOnceDeleteEachRowOnceWithoutFailing() throws Exception {
        String consumer = insertRows(300, "40 days");

        List<Future<Integer>> purges;
        try (ExecutorService replicas = Executors.newFixedThreadPool(2)) {
            Callable<Integer> purge = () -> retention.purge("inbox");
            purges = replicas.invokeAll(List.of(purge, purge));
        }

        assertThat(purges.get(0).get() + purges.get(1).get()).isEqualTo(300);
        assertThat(rowsOf(consumer)).isZero();
        assertThat(deleteStatements()).allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(7L));
    }

    private String insertRows(int count, String age) {
        String consumer = "retention-test-" + java.util.UUID.randomUUID();
        insertRows(count, age, consumer);
        return consumer;
    }

    private void insertRows(int count, String age, String consumer) {
        jdbc.sql("""
                INSERT INTO inbox (consumer, event_id, event_type, received_at)
                SELECT :consumer, gen_random_uuid(), 'test.Event.v1', now() - CAST(:age AS interval)
                FROM generate_series(1, :count)
                """).param("consumer", consumer).param("age", age).param("count", count).update();
    }

    private int rowsOf(String consumer) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE consumer = :consumer").param("consumer", consumer)
                .query(Integer.class).single();
    }

    private List<Long> deleteStatements() {
        return jdbc.sql("SELECT rows FROM inbox_deletes").query(Long.class).list();
    }
}
