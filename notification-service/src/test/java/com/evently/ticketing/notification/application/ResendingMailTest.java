package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.DeliveryLog;
import com.evently.ticketing.notification.domain.ClaimedMail;
import com.evently.ticketing.notification.domain.DeliveryLogQuery;
import com.evently.ticketing.notification.domain.LoggedMail;
import com.evently.ticketing.notification.domain.LoggedMails;
import com.evently.ticketing.notification.domain.MailStatus;
import com.evently.ticketing.notification.domain.NotificationConflict;
import com.evently.ticketing.notification.domain.NotificationNotFound;
import com.evently.ticketing.notification.domain.NotificationNotPermitted;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.notification.testing.InMemoryMailQueue.QueuedMail;
import com.evently.ticketing.notification.testing.InMemoryMailQueue.Status;
import com.evently.ticketing.notification.testing.UseCaseFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.bookingConfirmation;
import static com.evently.ticketing.notification.testing.Occasions.passwordResetRequest;
import static com.evently.ticketing.notification.testing.UseCaseFixture.NOW;
import static com.evently.ticketing.notification.testing.UseCaseFixture.admin;
import static com.evently.ticketing.notification.testing.UseCaseFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator's resend, against the in-memory queue and its delivery log. */
class ResendingMailTest {

    private final UseCaseFixture fixture = new UseCaseFixture();

    @Test
    void aSentMailIsQueuedAgainWithItsAttemptsAfreshAndGoesAheadOfBulkMail() {
        UUID sent = sentConfirmation();
        fixture.clock.advance(Duration.ofHours(1));
        UUID waiting = queuedConfirmation();

        LoggedMail resent = fixture.resendingMail().resend(admin(), sent);

        assertThat(resent.id()).isEqualTo(sent);
        assertThat(resent.status()).isEqualTo(MailStatus.PENDING);
        assertThat(resent.attempts()).isZero();
        assertThat(resent.sentAt()).isNull();
        assertThat(resent.nextAttemptAt()).isEqualTo(fixture.clock.instant());
        // the log keeps one entry per occasion
        assertThat(fixture.mailQueue.all()).hasSize(2);
        List<ClaimedMail> next = fixture.mailQueue.claimDue(fixture.clock.instant(), 1,
                fixture.clock.instant().plusSeconds(60));
        assertThat(next).extracting(ClaimedMail::id).as("the resent mail before the bulk mail queued earlier")
                .containsExactly(sent);
        assertThat(fixture.mailQueue.byId(waiting).status()).isEqualTo(Status.PENDING);
    }

    @Test
    void aFailedMailCanBeResent() {
        UUID failed = queuedConfirmation();
        ClaimedMail claimed = claimOnly(failed);
        fixture.mailQueue.markFailed(claimed, "550 no such mailbox");

        LoggedMail resent = fixture.resendingMail().resend(admin(), failed);

        assertThat(resent.status()).isEqualTo(MailStatus.PENDING);
        assertThat(resent.lastError()).isNull();
    }

    @Test
    void onlyAnAdministratorResendsAndARefusalChangesNothing() {
        UUID sent = sentConfirmation();
        QueuedMail before = fixture.mailQueue.byId(sent);

        assertThatThrownBy(() -> fixture.resendingMail().resend(user(), sent))
                .isInstanceOf(NotificationNotPermitted.class);

        assertThat(fixture.mailQueue.byId(sent)).isEqualTo(before);
    }

    @Test
    void anUnknownMailIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> fixture.resendingMail().resend(admin(), unknown))
                .isInstanceOf(NotificationNotFound.class);
    }

    @Test
    void aMailStillQueuedIsNotResent() {
        UUID queued = queuedConfirmation();
        QueuedMail before = fixture.mailQueue.byId(queued);

        assertThatThrownBy(() -> fixture.resendingMail().resend(admin(), queued))
                .isInstanceOf(NotificationConflict.class).hasMessageContaining("still queued");

        assertThat(fixture.mailQueue.byId(queued)).isEqualTo(before);
    }

    @Test
    void aResetLinkWhoseTextWasErasedIsNotResent() {
        fixture.queueingMail().queue(passwordResetRequest(UUID.randomUUID())
                .notice(ResetPage.under(UseCaseFixture.WEB_UI.baseUrl()), ZoneOffset.UTC, Locale.ENGLISH));
        UUID reset = fixture.mailQueue.single().id();
        fixture.mailQueue.markSent(claimOnly(reset), NOW);

        assertThatThrownBy(() -> fixture.resendingMail().resend(admin(), reset))
                .isInstanceOf(NotificationConflict.class).hasMessageContaining("erased");

        assertThat(fixture.mailQueue.byId(reset).status()).isEqualTo(Status.SENT);
    }

    @Test
    void whenAnotherAdministratorResentItMeanwhileTheSecondResendIsAConflict() {
        UUID sent = sentConfirmation();
        Instant at = fixture.clock.instant();
        DeliveryLog racing = new DeliveryLog() {
            @Override
            public LoggedMails search(DeliveryLogQuery query) {
                return fixture.mailQueue.search(query);
            }

            @Override
            public Optional<LoggedMail> find(UUID mailId) {
                return fixture.mailQueue.find(mailId);
            }

            @Override
            public boolean reopen(UUID mailId, Instant dueAt) {
                fixture.mailQueue.reopen(mailId, dueAt); // the other administrator's click, a moment earlier
                return fixture.mailQueue.reopen(mailId, dueAt);
            }
        };

        assertThatThrownBy(() -> new ResendingMail(racing, fixture.clock).resend(admin(), sent))
                .isInstanceOf(NotificationConflict.class).hasMessageContaining("queued again meanwhile");

        assertThat(fixture.mailQueue.byId(sent)).satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(Status.PENDING);
            assertThat(mail.nextAttemptAt()).isEqualTo(at);
        });
    }

    private UUID queuedConfirmation() {
        UUID bookingId = UUID.randomUUID();
        fixture.queueingMail().queue(bookingConfirmation(bookingId).notice(Locale.ENGLISH));
        return fixture.mailQueue.all().getLast().id();
    }

    private UUID sentConfirmation() {
        UUID id = queuedConfirmation();
        fixture.mailQueue.markSent(claimOnly(id), fixture.clock.instant());
        return id;
    }

    /** Claims the mail as a sender would; fails the test when another mail would be taken. */
    private ClaimedMail claimOnly(UUID id) {
        List<ClaimedMail> claimed = fixture.mailQueue.claimDue(fixture.clock.instant(), 1,
                fixture.clock.instant().plusSeconds(300));
        assertThat(claimed).extracting(ClaimedMail::id).containsExactly(id);
        return claimed.getFirst();
    }
}
