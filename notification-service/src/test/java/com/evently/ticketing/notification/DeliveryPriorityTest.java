package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Interactive mails overtake bulk ones, against the real queue: a reset link requested while a sale's ten thousand
 * confirmations wait is in the inbox within seconds, not after them.
 */
class DeliveryPriorityTest extends NotificationServiceIntegrationTest {

    private static final int QUEUED_CONFIRMATIONS = 10_000;

    @Test
    void aResetLinkArrivesWithinTenSecondsWhileTenThousandConfirmationsAreQueued() {
        String bulkRecipient = "buyer@bulk-" + UUID.randomUUID() + ".example.com";
        // all due already, as after a load run: the confirmations would fill every sender for many minutes
        jdbc.sql("""
                        INSERT INTO outbound_mail (id, kind, reference, booking_id, recipient, subject, text_body,
                                                   html_body, status, attempts, next_attempt_at, created_at, priority)
                        SELECT gen_random_uuid(), 'BOOKING_CONFIRMATION', booking::text, booking, :recipient,
                               'Your tickets for Load Night', 'text', '<p>html</p>', 'PENDING', 0,
                               now() - interval '1 minute', now(), 1
                          FROM (SELECT gen_random_uuid() AS booking FROM generate_series(1, :count)) sale
                        """)
                .param("recipient", bulkRecipient)
                .param("count", QUEUED_CONFIRMATIONS)
                .update();
        try {
            UUID userId = UUID.randomUUID();
            PasswordResetRequested requested = new PasswordResetRequested(userId,
                    "account-" + UUID.randomUUID() + "@example.com", "Ada Lovelace",
                    SealedSecrets.sealedToken(userId, "reset-" + UUID.randomUUID() + "-" + UUID.randomUUID()),
                    Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS), Instant.now());

            TestEventBus.publish(EventTypes.PASSWORD_RESET_REQUESTED, requested.userId().toString(),
                    payloadOf(EventTypes.PASSWORD_RESET_REQUESTED, requested));

            await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(requested.email()).size() == 1);
            assertThat(pendingTo(bulkRecipient)).as("confirmations still waiting when the reset link arrived")
                    .isGreaterThan(QUEUED_CONFIRMATIONS / 2);
        } finally {
            // the other test classes share this queue: the load must not keep their senders busy
            jdbc.sql("UPDATE outbound_mail SET status = 'FAILED' WHERE recipient = :recipient AND status = 'PENDING'")
                    .param("recipient", bulkRecipient).update();
        }
    }

    private long pendingTo(String recipient) {
        return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE recipient = :recipient AND status = 'PENDING'")
                .param("recipient", recipient).query(Long.class).single();
    }
}
