package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.domain.MailPurpose;
import com.evently.ticketing.notification.domain.PasswordResetRequest;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.notification.domain.ResetToken;
import com.evently.ticketing.notification.testing.InMemoryMailQueue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.passwordResetRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** The use case alone, against an in-memory queue and a fixed clock. */
class QueueingPasswordResetMailTest {

    private static final Instant NOW = Instant.parse("2026-07-01T21:30:00Z");

    private final InMemoryMailQueue queue = new InMemoryMailQueue();
    private final QueueingPasswordResetMail queueing = new QueueingPasswordResetMail(queue,
            ResetPage.under(URI.create("https://tickets.example.com/")), ZoneId.of("Asia/Tokyo"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void queuesTheResetLinkDueAtOnceKnownByTheTokensFingerprint() {
        UUID userId = UUID.randomUUID();
        ResetToken token = new ResetToken("q+Vd3/k9ZxPm7Lw2Rt8Yb1Nc4Hs6Jf0Ge5Ua=");

        QueueOutcome outcome = queueing.queue(passwordResetRequest(userId, token));

        assertThat(outcome).isEqualTo(QueueOutcome.QUEUED);
        InMemoryMailQueue.QueuedMail queued = queue.single();
        assertThat(queued.mail().purpose()).isEqualTo(new MailPurpose.PasswordReset(userId, token.fingerprint()));
        assertThat(queued.mail().purpose().reference()).doesNotContain(token.value());
        assertThat(queued.mail().content().plainText())
                .contains("https://tickets.example.com/reset-password?token=q%2BVd3%2Fk9ZxPm7Lw2Rt8Yb1Nc4Hs6Jf0Ge5Ua%3D")
                .contains("expires on Thursday 2 July 2026, 07:00 (Asia/Tokyo)");
        assertThat(queued.nextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void theSameTokenAskedForTwiceQueuesOneMail() {
        PasswordResetRequest request = passwordResetRequest(UUID.randomUUID());
        queueing.queue(request);

        QueueOutcome outcome = queueing.queue(request);

        assertThat(outcome).isEqualTo(QueueOutcome.ALREADY_QUEUED);
        assertThat(queue.all()).hasSize(1);
    }

    @Test
    void everyResetTokenOfAnAccountGetsItsOwnMail() {
        UUID userId = UUID.randomUUID();
        queueing.queue(passwordResetRequest(userId));

        QueueOutcome outcome = queueing.queue(passwordResetRequest(userId));

        assertThat(outcome).isEqualTo(QueueOutcome.QUEUED);
        assertThat(queue.all()).hasSize(2);
    }
}
