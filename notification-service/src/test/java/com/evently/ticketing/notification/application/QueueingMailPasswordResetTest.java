package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.adapter.out.templates.ThymeleafMailTemplates;
import com.evently.ticketing.notification.domain.MailPurpose;
import com.evently.ticketing.notification.domain.Notice;
import com.evently.ticketing.notification.domain.PasswordResetRequest;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.notification.domain.ResetToken;
import com.evently.ticketing.notification.testing.InMemoryKnownUsers;
import com.evently.ticketing.notification.testing.InMemoryMailQueue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.passwordResetRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** Queueing a reset mail, against an in-memory queue, the real templates and a fixed clock. */
class QueueingMailPasswordResetTest {

    private static final Instant NOW = Instant.parse("2026-07-01T21:30:00Z");

    private static final ResetPage PAGE = ResetPage.under(URI.create("https://tickets.example.com/"));
    private static final ZoneId EXPIRY_SHOWN_IN = ZoneId.of("Asia/Tokyo");

    private final InMemoryMailQueue queue = new InMemoryMailQueue();
    private final QueueingMail queueing = new QueueingMail(queue, new ThymeleafMailTemplates(), new InMemoryKnownUsers(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void queuesTheResetLinkDueAtOnceKnownByTheTokensFingerprint() {
        UUID userId = UUID.randomUUID();
        ResetToken token = new ResetToken("q+Vd3/k9ZxPm7Lw2Rt8Yb1Nc4Hs6Jf0Ge5Ua=");

        QueueOutcome outcome = queueing.queue(noticeOf(passwordResetRequest(userId, token)));

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
        queueing.queue(noticeOf(request));

        QueueOutcome outcome = queueing.queue(noticeOf(request));

        assertThat(outcome).isEqualTo(QueueOutcome.ALREADY_QUEUED);
        assertThat(queue.all()).hasSize(1);
    }

    @Test
    void everyResetTokenOfAnAccountGetsItsOwnMail() {
        UUID userId = UUID.randomUUID();
        queueing.queue(noticeOf(passwordResetRequest(userId)));

        QueueOutcome outcome = queueing.queue(noticeOf(passwordResetRequest(userId)));

        assertThat(outcome).isEqualTo(QueueOutcome.QUEUED);
        assertThat(queue.all()).hasSize(2);
    }

    private static Notice noticeOf(PasswordResetRequest request) {
        return request.notice(PAGE, EXPIRY_SHOWN_IN, Locale.ENGLISH);
    }
}
