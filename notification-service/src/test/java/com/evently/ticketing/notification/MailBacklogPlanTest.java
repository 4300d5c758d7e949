package com.evently.ticketing.notification;

import com.evently.ticketing.notification.adapter.out.persistence.JdbcMailQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marking one mail sent finds it by its id however many mails are pending, even with the plan PostgreSQL caches for
 * the prepared statement while autovacuum's last count said nothing was pending. A plan that went through the
 * partial index of due mails instead read past every pending mail: 550 pages for every mail sent in a 16-event run.
 */
class MailBacklogPlanTest extends NotificationServiceIntegrationTest {

    private static final int BACKLOG = 3_000;
    private static final int SENT = 20_000;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void markingAMailSentFindsItByItsIdNotByScanningThePendingMails() {
        JsonNode plan = new TransactionTemplate(transactions).execute(status -> {
            // uncommitted, so the running senders never see these mails; rolled back at the end
            status.setRollbackOnly();
            mails("SENT", SENT);
            jdbc.sql("ANALYZE outbound_mail").update();
            jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
            jdbc.sql("PREPARE mark_sent(timestamptz, boolean, uuid) AS " + JdbcMailQueue.MARK_SENT
                    .replace(":sentAt", "$1").replace(":eraseBody", "$2").replace(":id", "$3")).update();
            try {
                // the plan is made now, while nothing is pending, and kept as the backlog grows
                jdbc.sql("EXECUTE mark_sent(now(), false, gen_random_uuid())").update();
                UUID last = mails("PENDING", BACKLOG);
                String explained = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE mark_sent(now(), false, '"
                        + last + "')").query(String.class).single();
                return json.readTree(explained).get(0).get("Plan");
            } finally {
                jdbc.sql("DEALLOCATE mark_sent").update();
            }
        });

        // rows passed over, not pages: the probes sit side by side in the heap, a real backlog's mails do not
        assertThat(rowsPassedOver(plan)).as("rows read and dropped to mark one of %d pending mails sent: %s",
                BACKLOG, plan).isZero();
    }

    private static int rowsPassedOver(JsonNode node) {
        int own = node.path("Rows Removed by Filter").asInt(0);
        int below = 0;
        for (JsonNode child : node.path("Plans")) {
            below += rowsPassedOver(child);
        }
        return own + below;
    }

    /** Adds mails in one status and returns the id of the last one. */
    private UUID mails(String status, int count) {
        return jdbc.sql("""
                        INSERT INTO outbound_mail (id, kind, recipient, subject, text_body, html_body, status,
                                                   next_attempt_at, created_at, reference)
                        SELECT gen_random_uuid(), 'PLAN_PROBE', 'probe@example.com', 'probe', 'text', '<p>html</p>',
                               :status, now(), now(), 'plan-probe-' || :status || n
                        FROM generate_series(1, :count) AS n
                        RETURNING id
                        """).param("status", status).param("count", count).query(UUID.class).list().getLast();
    }
}
