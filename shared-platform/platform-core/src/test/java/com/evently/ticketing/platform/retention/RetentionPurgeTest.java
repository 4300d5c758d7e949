package com.evently.ticketing.platform.retention;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
@TestPropertySource(properties = "ticketing.retention.batch-size=7")
class RetentionPurgeTest {

    @Autowired
    RetentionPurge purge;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deletesOnlyRowsPastTheirRetentionThatMeetTheRulesCondition() {
        jdbc.sql("DELETE FROM kept_for_a_while").update();
        // 20 old settled rows (more than two batches), one old open row, one recent settled row
        jdbc.sql("""
                INSERT INTO kept_for_a_while (id, state, recorded_at)
                SELECT n, 'SETTLED', now() - interval '2 days' FROM generate_series(1, 20) AS n
                """).update();
        jdbc.sql("INSERT INTO kept_for_a_while VALUES (100, 'OPEN', now() - interval '30 days')").update();
        jdbc.sql("INSERT INTO kept_for_a_while VALUES (101, 'SETTLED', now() - interval '1 hour')").update();

        int purged = purge.purgeAll();

        assertThat(purged).isEqualTo(20);
        List<Integer> left = jdbc.sql("SELECT id FROM kept_for_a_while ORDER BY id").query(Integer.class).list();
        assertThat(left).containsExactly(100, 101);
        assertThat(purge.purgeAll()).isZero();
    }
}
