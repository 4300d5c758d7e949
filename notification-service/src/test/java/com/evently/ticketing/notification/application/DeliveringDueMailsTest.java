package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.MailNotAccepted;
import com.evently.ticketing.notification.application.port.out.MailTransport;
import com.evently.ticketing.notification.application.port.out.TicketDocuments;
import com.evently.ticketing.notification.application.port.out.TicketDocumentsUnavailable;
import com.evently.ticketing.notification.domain.Attachment;
import com.evently.ticketing.notification.domain.DeliveryPriority;
import com.evently.ticketing.notification.domain.DeliveryRetryPolicy;
import com.evently.ticketing.notification.domain.OutgoingMail;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.notification.domain.TicketsPdf;
import com.evently.ticketing.notification.testing.InMemoryMailQueue;
import com.evently.ticketing.notification.testing.InMemoryMailQueue.QueuedMail;
import com.evently.ticketing.notification.testing.InMemoryMailQueue.Status;
import com.evently.ticketing.notification.testing.SamplePdf;
import com.evently.ticketing.testsupport.SteppingClock;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.Occasions.bookingConfirmation;
import static com.evently.ticketing.notification.testing.Occasions.mailOf;
import static com.evently.ticketing.notification.testing.Occasions.passwordResetRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delivery use case alone: an in-memory queue, ticket documents and a mail server as fakes, a fixed clock per
 * run. Claims under concurrency, SMTP and HTTP are the integration tests'.
 */
class DeliveringDueMailsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration OUTAGE_DELAY = Duration.ofSeconds(15);
    private static final int MAX_ATTEMPTS = 3;
    private static final ResetPage RESET_PAGE = ResetPage.under(URI.create("https://tickets.example.com"));

    private final InMemoryMailQueue queue = new InMemoryMailQueue();
    private final FakeTicketDocuments ticketDocuments = new FakeTicketDocuments();
    private final FakeMailServer mailServer = new FakeMailServer();

    @Test
    void sendsADueBookingConfirmationWithItsTicketsPdfAndRecordsItSent() {
        UUID bookingId = UUID.randomUUID();
        queueBookingConfirmation(bookingId);

        List<DeliveryOutcome> outcomes = deliveringAt(NOW).deliverDue();

        QueuedMail mail = queue.single();
        assertThat(outcomes).containsExactly(new DeliveryOutcome.Sent(mail.id(), mail.mail().purpose(), 1));
        assertThat(mail.status()).isEqualTo(Status.SENT);
        assertThat(mail.sentAt()).isEqualTo(NOW);
        assertThat(mailServer.accepted).singleElement().satisfies(sent -> {
            assertThat(sent.recipient()).isEqualTo(mail.mail().recipient());
            assertThat(sent.content()).isEqualTo(mail.mail().content());
            assertThat(sent.attachments()).containsExactly(
                    new Attachment("tickets-" + bookingId + ".pdf", TicketsPdf.MEDIA_TYPE, pdfOf(bookingId)));
        });
        assertThat(ticketDocuments.asked).containsExactly(bookingId);
    }

    @Test
    void sendsAPasswordResetAsComposedWithoutAskingForTicketDocuments() {
        queuePasswordReset();

        List<DeliveryOutcome> outcomes = deliveringAt(NOW).deliverDue();

        assertThat(outcomes).singleElement().isInstanceOf(DeliveryOutcome.Sent.class);
        assertThat(mailServer.accepted).singleElement()
                .satisfies(sent -> assertThat(sent.attachments()).isEmpty());
        assertThat(ticketDocuments.asked).isEmpty();
        assertThat(queue.single().status()).isEqualTo(Status.SENT);
    }

    @Test
    void deliversNothingWhenNothingIsDue() {
        queueBookingConfirmation(UUID.randomUUID());

        List<DeliveryOutcome> outcomes = deliveringAt(NOW.minusSeconds(1)).deliverDue();

        assertThat(outcomes).isEmpty();
        assertThat(mailServer.accepted).isEmpty();
        assertThat(queue.single()).satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(Status.PENDING);
            assertThat(mail.attempts()).isZero();
        });
    }

    @Test
    void takesAtMostOneBatchPerCall() {
        for (int i = 0; i < 3; i++) {
            queueBookingConfirmation(UUID.randomUUID());
        }
        DeliveringDueMails delivering = deliveringAt(NOW, 2);

        List<DeliveryOutcome> first = delivering.deliverDue();
        List<DeliveryOutcome> second = delivering.deliverDue();
        List<DeliveryOutcome> third = delivering.deliverDue();

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(third).isEmpty();
        Set<UUID> delivered = new HashSet<>();
        first.forEach(outcome -> delivered.add(outcome.mailId()));
        second.forEach(outcome -> delivered.add(outcome.mailId()));
        assertThat(delivered).hasSize(3);
        assertThat(mailServer.accepted).hasSize(3);
    }

    @Test
    void schedulesARetryAfterTheFirstDelayWhenTheTicketsPdfIsUnavailable() {
        UUID bookingId = UUID.randomUUID();
        queueBookingConfirmation(bookingId);
        ticketDocuments.unavailable.add(bookingId);

        List<DeliveryOutcome> outcomes = deliveringAt(NOW).deliverDue();

        QueuedMail mail = queue.single();
        assertThat(outcomes).containsExactly(new DeliveryOutcome.RetryScheduled(mail.id(), mail.mail().purpose(), 1,
                NOW.plus(FIRST_RETRY_DELAY), "ticket-service answered 503"));
        assertThat(mailServer.accepted).isEmpty();
        assertThat(mail.status()).isEqualTo(Status.PENDING);
        assertThat(mail.nextAttemptAt()).isEqualTo(NOW.plus(FIRST_RETRY_DELAY));
        assertThat(mail.lastError()).isEqualTo("ticket-service answered 503");
    }

    @Test
    void aMailWaitsOutATicketServiceOutageAtShortIntervalsWithoutUsingUpItsAttempts() {
        UUID bookingId = UUID.randomUUID();
        queueBookingConfirmation(bookingId);
        ticketDocuments.down = true;

        Instant attemptAt = NOW;
        for (int round = 0; round < MAX_ATTEMPTS * 3; round++) {
            List<DeliveryOutcome> outcomes = deliveringAt(attemptAt).deliverDue();
            Instant next = attemptAt.plus(OUTAGE_DELAY);
            assertThat(outcomes).singleElement().isInstanceOfSatisfying(DeliveryOutcome.Postponed.class,
                    postponed -> assertThat(postponed.nextAttemptAt()).isEqualTo(next));
            assertThat(deliveringAt(next.minusMillis(1)).deliverDue()).as("not due before the wait ends").isEmpty();
            attemptAt = next;
        }
        assertThat(queue.single().attempts()).isZero();
        assertThat(queue.single().lastError()).isEqualTo("ticket-service unreachable: ConnectException");

        ticketDocuments.down = false;
        List<DeliveryOutcome> afterOutage = deliveringAt(attemptAt).deliverDue();

        assertThat(afterOutage).singleElement().isInstanceOfSatisfying(DeliveryOutcome.Sent.class,
                sent -> assertThat(sent.attempt()).isEqualTo(1));
        assertThat(mailServer.accepted).hasSize(1);
    }

    @Test
    void aConfirmationOfABookingCancelledBeforeItWentOutIsGivenUpAtOnce() {
        UUID bookingId = UUID.randomUUID();
        queueBookingConfirmation(bookingId);
        ticketDocuments.voided.add(bookingId);

        List<DeliveryOutcome> outcomes = deliveringAt(NOW).deliverDue();

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(DeliveryOutcome.GaveUp.class,
                gaveUp -> assertThat(gaveUp.attempt()).isEqualTo(1));
        assertThat(queue.single().status()).isEqualTo(Status.FAILED);
        assertThat(mailServer.accepted).isEmpty();
    }

    @Test
    void schedulesARetryWhenTheMailServerDoesNotTakeTheMail() {
        queuePasswordReset();
        mailServer.refusing = true;

        List<DeliveryOutcome> outcomes = deliveringAt(NOW).deliverDue();

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(DeliveryOutcome.RetryScheduled.class, retry -> {
            assertThat(retry.nextAttemptAt()).isEqualTo(NOW.plus(FIRST_RETRY_DELAY));
            assertThat(retry.reason()).isEqualTo("451 try again later");
        });
        assertThat(queue.single().status()).isEqualTo(Status.PENDING);
    }

    @Test
    void retriesWithALongerDelayEachTimeAndSendsOnceTheDocumentsAreBack() {
        UUID bookingId = UUID.randomUUID();
        queueBookingConfirmation(bookingId);
        ticketDocuments.unavailable.add(bookingId);

        deliveringAt(NOW).deliverDue();
        Instant secondAttempt = NOW.plus(FIRST_RETRY_DELAY);
        List<DeliveryOutcome> afterSecond = deliveringAt(secondAttempt).deliverDue();
        ticketDocuments.unavailable.clear();
        Instant thirdAttempt = secondAttempt.plus(FIRST_RETRY_DELAY.multipliedBy(2));
        assertThat(deliveringAt(thirdAttempt.minusMillis(1)).deliverDue()).as("not due before its retry").isEmpty();
        List<DeliveryOutcome> afterThird = deliveringAt(thirdAttempt).deliverDue();

        assertThat(afterSecond).singleElement().isInstanceOfSatisfying(DeliveryOutcome.RetryScheduled.class,
                retry -> assertThat(retry.nextAttemptAt()).isEqualTo(thirdAttempt));
        assertThat(afterThird).singleElement().isInstanceOfSatisfying(DeliveryOutcome.Sent.class,
                sent -> assertThat(sent.attempt()).isEqualTo(3));
        assertThat(mailServer.accepted).hasSize(1);
        assertThat(queue.single().status()).isEqualTo(Status.SENT);
    }

    @Test
    void givesTheMailUpWhenTheLastAllowedAttemptFails() {
        UUID bookingId = UUID.randomUUID();
        queueBookingConfirmation(bookingId);
        ticketDocuments.unavailable.add(bookingId);

        List<DeliveryOutcome> outcomes = new ArrayList<>();
        Instant at = NOW;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            outcomes.addAll(deliveringAt(at).deliverDue());
            at = queue.single().nextAttemptAt();
        }
        List<DeliveryOutcome> afterGivingUp = deliveringAt(at.plus(Duration.ofDays(1))).deliverDue();

        QueuedMail mail = queue.single();
        assertThat(outcomes).hasSize(MAX_ATTEMPTS);
        assertThat(outcomes.getLast()).isEqualTo(new DeliveryOutcome.GaveUp(mail.id(), mail.mail().purpose(),
                MAX_ATTEMPTS, "ticket-service answered 503"));
        assertThat(mail.status()).isEqualTo(Status.FAILED);
        assertThat(mail.attempts()).isEqualTo(MAX_ATTEMPTS);
        assertThat(afterGivingUp).isEmpty();
        assertThat(mailServer.accepted).isEmpty();
    }

    @Test
    void oneFailedMailDoesNotHoldUpTheRestOfItsBatch() {
        UUID unavailable = UUID.randomUUID();
        UUID available = UUID.randomUUID();
        queueBookingConfirmation(unavailable);
        queueBookingConfirmation(available);
        ticketDocuments.unavailable.add(unavailable);

        List<DeliveryOutcome> outcomes = deliveringAt(NOW).deliverDue();

        assertThat(outcomes).extracting(outcome -> outcome.getClass().getSimpleName())
                .containsExactlyInAnyOrder("RetryScheduled", "Sent");
        assertThat(mailServer.accepted).singleElement()
                .satisfies(sent -> assertThat(sent.recipient()).isEqualTo("holder-" + available + "@example.com"));
    }

    @Test
    void aMailLeftClaimedByAFailedSenderIsDeliveredAgainOnlyOnceItsClaimRunsOut() {
        queuePasswordReset();
        mailServer.crashing = true;
        // not a failure the use case knows how to record: the run ends and the mail keeps its claim
        assertThatThrownBy(() -> deliveringAt(NOW).deliverDue()).isInstanceOf(IllegalStateException.class);
        mailServer.crashing = false;

        List<DeliveryOutcome> whileClaimed = deliveringAt(NOW.plus(CLAIM).minusMillis(1)).deliverDue();
        List<DeliveryOutcome> afterClaim = deliveringAt(NOW.plus(CLAIM)).deliverDue();

        assertThat(whileClaimed).isEmpty();
        assertThat(afterClaim).singleElement().isInstanceOfSatisfying(DeliveryOutcome.Sent.class,
                sent -> assertThat(sent.attempt()).isEqualTo(2));
        assertThat(mailServer.accepted).hasSize(1);
    }

    @Test
    void aResetLinkQueuedAfterManyConfirmationsIsDeliveredFirst() {
        for (int i = 0; i < 5; i++) {
            queueBookingConfirmation(UUID.randomUUID());
        }
        queue.add(mailOf(passwordResetRequest(UUID.randomUUID()).notice(RESET_PAGE, ZoneOffset.UTC, Locale.ENGLISH)),
                NOW.plusSeconds(1));

        List<DeliveryOutcome> outcomes = deliveringAt(NOW.plusSeconds(1), 2).deliverDue();

        assertThat(outcomes.getFirst().purpose().priority()).isEqualTo(DeliveryPriority.INTERACTIVE);
        assertThat(mailServer.accepted.getFirst().content().subject()).isEqualTo("Reset your Evently password");
    }

    @Test
    void aResetLinkQueuedWhileABatchIsBeingSentIsTheNextMailTaken() {
        for (int i = 0; i < 3; i++) {
            queueBookingConfirmation(UUID.randomUUID());
        }
        // while the first confirmation is being sent
        mailServer.onSend = () -> {
            if (mailServer.accepted.isEmpty()) {
                queuePasswordReset();
            }
        };

        deliveringAt(NOW, 10).deliverDue();

        assertThat(mailServer.accepted).extracting(sent -> sent.content().subject()).containsExactly(
                "Your tickets for Jazz Night", "Reset your Evently password", "Your tickets for Jazz Night",
                "Your tickets for Jazz Night");
    }

    @Test
    void everyMailIsStillClaimedWhenItIsSentEvenWhenTheRunLastsLongerThanAClaim() {
        for (int i = 0; i < 4; i++) {
            queueBookingConfirmation(UUID.randomUUID());
        }
        SteppingClock clock = new SteppingClock(NOW);
        List<Boolean> claimedWhileSent = new ArrayList<>();
        mailServer.onSend = () -> {
            // each send takes two minutes, so four of them outlast one five-minute claim
            clock.advance(Duration.ofMinutes(2));
            claimedWhileSent.add(queue.all().stream().filter(mail -> mail.status() == Status.PENDING
                    && mail.claim() != null).allMatch(mail -> mail.nextAttemptAt().isAfter(clock.instant())));
        };

        new DeliveringDueMails(queue, ticketDocuments, bookingId -> Optional.empty(), mailServer,
                new DeliveryRetryPolicy(MAX_ATTEMPTS, FIRST_RETRY_DELAY, Duration.ofMinutes(10), OUTAGE_DELAY),
                new DeliveryBatch(10, CLAIM), clock).deliverDue();

        assertThat(mailServer.accepted).hasSize(4);
        assertThat(claimedWhileSent).containsExactly(true, true, true, true);
        assertThat(queue.all()).allSatisfy(mail -> assertThat(mail.attempts()).isEqualTo(1));
    }

    @Test
    void aMailTheServerRefusesForGoodIsGivenUpAtOnce() {
        queuePasswordReset();
        mailServer.refusingForGood = true;

        List<DeliveryOutcome> outcomes = deliveringAt(NOW).deliverDue();

        QueuedMail mail = queue.single();
        assertThat(outcomes).containsExactly(new DeliveryOutcome.GaveUp(mail.id(), mail.mail().purpose(), 1,
                "550 5.1.1 no such mailbox"));
        assertThat(mail.status()).isEqualTo(Status.FAILED);
        assertThat(mail.lastError()).isEqualTo("550 5.1.1 no such mailbox");
        assertThat(deliveringAt(NOW.plus(Duration.ofDays(1))).deliverDue()).isEmpty();
    }

    @Test
    void aHundredConfirmationsQueuedDuringAMinuteLongSmtpOutageAreEachSentOnceAfterIt() {
        for (int i = 0; i < 100; i++) {
            queueBookingConfirmation(UUID.randomUUID());
        }
        SteppingClock clock = new SteppingClock(NOW);
        DeliveringDueMails delivering = new DeliveringDueMails(queue, ticketDocuments, bookingId -> Optional.empty(), mailServer,
                new DeliveryRetryPolicy(8, FIRST_RETRY_DELAY, Duration.ofMinutes(10), OUTAGE_DELAY), new DeliveryBatch(20, CLAIM),
                clock);

        mailServer.refusing = true;
        while (clock.instant().isBefore(NOW.plus(Duration.ofMinutes(1)))) {
            drain(delivering);
            clock.advance(Duration.ofSeconds(5));
        }
        mailServer.refusing = false;
        while (queue.countPending() > 0 && clock.instant().isBefore(NOW.plus(Duration.ofHours(1)))) {
            drain(delivering);
            clock.advance(Duration.ofSeconds(5));
        }

        assertThat(mailServer.accepted).hasSize(100);
        assertThat(mailServer.accepted).extracting(OutgoingMail::recipient).doesNotHaveDuplicates();
        assertThat(queue.all()).allSatisfy(mail -> {
            assertThat(mail.status()).isEqualTo(Status.SENT);
            assertThat(mail.attempts()).isGreaterThan(1);
        });
    }

    private static void drain(DeliveringDueMails delivering) {
        while (!delivering.deliverDue().isEmpty()) {
            // until nothing is due at this moment
        }
    }

    private DeliveringDueMails deliveringAt(Instant now) {
        return deliveringAt(now, 10);
    }

    private DeliveringDueMails deliveringAt(Instant now, int batchSize) {
        return new DeliveringDueMails(queue, ticketDocuments, bookingId -> Optional.empty(), mailServer,
                new DeliveryRetryPolicy(MAX_ATTEMPTS, FIRST_RETRY_DELAY, Duration.ofMinutes(10), OUTAGE_DELAY),
                new DeliveryBatch(batchSize, CLAIM), Clock.fixed(now, ZoneOffset.UTC));
    }

    private void queueBookingConfirmation(UUID bookingId) {
        queue.add(mailOf(bookingConfirmation(bookingId).notice(Locale.ENGLISH)), NOW);
    }

    private void queuePasswordReset() {
        queue.add(mailOf(passwordResetRequest(UUID.randomUUID()).notice(RESET_PAGE, ZoneOffset.UTC, Locale.ENGLISH)), NOW);
    }

    private static byte[] pdfOf(UUID bookingId) {
        return SamplePdf.withText("Tickets of " + bookingId);
    }

    /** Ticket-service as a fake: renders every booking's PDF, except for the bookings it is told are unavailable. */
    private static final class FakeTicketDocuments implements TicketDocuments {

        final Set<UUID> unavailable = new HashSet<>();
        final Set<UUID> voided = new HashSet<>();
        final List<UUID> asked = new ArrayList<>();
        boolean down;

        @Override
        public TicketsPdf ticketsPdfOf(UUID bookingId) {
            asked.add(bookingId);
            if (down) {
                throw new TicketDocumentsUnavailable("ticket-service unreachable: ConnectException", null,
                        TicketDocumentsUnavailable.Kind.OUTAGE);
            }
            if (voided.contains(bookingId)) {
                throw new TicketDocumentsUnavailable("ticket-service answered 404", null,
                        TicketDocumentsUnavailable.Kind.NO_VALID_TICKETS);
            }
            if (unavailable.contains(bookingId)) {
                throw new TicketDocumentsUnavailable("ticket-service answered 503", null);
            }
            return new TicketsPdf(bookingId, pdfOf(bookingId));
        }
    }

    /** The mail server as a fake: keeps what it accepts, refuses (a temporary SMTP error) or crashes on demand. */
    private static final class FakeMailServer implements MailTransport {

        final List<OutgoingMail> accepted = new ArrayList<>();
        boolean refusing;
        boolean refusingForGood;
        boolean crashing;
        Runnable onSend = () -> { };

        @Override
        public void send(OutgoingMail mail) {
            onSend.run();
            if (refusingForGood) {
                throw new MailNotAccepted("550 5.1.1 no such mailbox", null, true);
            }
            if (crashing) {
                throw new IllegalStateException("sender died");
            }
            if (refusing) {
                throw new MailNotAccepted("451 try again later", null);
            }
            accepted.add(mail);
        }
    }
}
