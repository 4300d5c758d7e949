package com.evently.ticketing.notification;

import com.evently.ticketing.platform.retention.RetentionPurge;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery log keeps finished mails for 90 days (the default); a mail still to be sent is never deleted. */
class MailRetentionTest extends NotificationServiceIntegrationTest {

    @Autowired
    RetentionPurge retention;

    @Test
    void finishedMailsPastTheirRetentionAreDeletedAndWaitingOnesStay() {
        UUID sentLongAgo = mail("SENT", "100 days");
        UUID failedLongAgo = mail("FAILED", "100 days");
        UUID waitingLongAgo = mail("PENDING", "100 days");
        UUID sentRecently = mail("SENT", "10 days");

        retention.purgeAll();

        assertThat(exists(sentLongAgo)).isFalse();
        assertThat(exists(failedLongAgo)).isFalse();
        assertThat(exists(waitingLongAgo)).isTrue();
        assertThat(exists(sentRecently)).isTrue();
    }

    private UUID mail(String status, String age) {
        UUID id = UUID.randomUUID();
        // a waiting mail is due far in the future, so the running senders leave it alone
        jdbc.sql("""
                        INSERT INTO outbound_mail (id, kind, recipient, subject, text_body, html_body, status,
                                                   next_attempt_at, created_at, reference)
                        VALUES (:id, 'RETENTION_PROBE', 'probe@example.com', 'probe', 'text', '<p>html</p>', :status,
                                now() + interval '30 days', now() - CAST(:age AS interval), :reference)
                        """)
                .param("id", id).param("status", status).param("age", age).param("reference", id.toString())
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE id = :id").param("id", id)
                .query(Integer.class).single() == 1;
    }
}
