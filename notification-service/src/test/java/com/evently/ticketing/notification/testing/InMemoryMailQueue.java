package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.application.port.out.DeliveryLog;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.domain.ClaimedMail;
import com.evently.ticketing.notification.domain.DeliveryLogQuery;
import com.evently.ticketing.notification.domain.DeliveryPriority;
import com.evently.ticketing.notification.domain.LoggedMail;
import com.evently.ticketing.notification.domain.LoggedMails;
import com.evently.ticketing.notification.domain.MailKind;
import com.evently.ticketing.notification.domain.MailStatus;
import com.evently.ticketing.notification.domain.OutboundMail;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The mail queue and its delivery log in memory, for the fast use-case tests: one mail per purpose (kind and
 * reference), interactive mails claimed before bulk ones, claims that
 * count attempts and hide the mail until they run out, outcomes recorded only by the claim's holder, a resent mail
 * queued afresh ahead of bulk mail, as {@code JdbcMailQueue} does against {@code outbound_mail}. Single-threaded:
 * concurrency is the integration tests'.
 */
public final class InMemoryMailQueue implements MailQueue, DeliveryLog {

    public enum Status { PENDING, SENT, FAILED }

    /**
     * One row of the queue as a test inspects it.
     *
     * @param priority the mail's purpose's, until an administrator resends it: then interactive
     */
    public record QueuedMail(UUID id, OutboundMail mail, Status status, int attempts, Instant nextAttemptAt,
                             UUID claim, String lastError, Instant sentAt, Instant createdAt,
                             DeliveryPriority priority) {

        QueuedMail with(Status status, int attempts, Instant nextAttemptAt, UUID claim, String lastError,
                        Instant sentAt) {
            return new QueuedMail(id, mail, status, attempts, nextAttemptAt, claim, lastError, sentAt, createdAt,
                    priority);
        }
    }

    private record PurposeKey(MailKind kind, String reference) {
    }

    private final Map<PurposeKey, QueuedMail> mails = new LinkedHashMap<>();

    @Override
    public boolean add(OutboundMail mail, Instant dueAt) {
        PurposeKey key = new PurposeKey(mail.purpose().kind(), mail.purpose().reference());
        if (mails.containsKey(key)) {
            return false;
        }
        mails.put(key, new QueuedMail(UUID.randomUUID(), mail, Status.PENDING, 0, dueAt, null, null, null, dueAt,
                mail.purpose().priority()));
        return true;
    }

    @Override
    public List<ClaimedMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        List<QueuedMail> due = mails.values().stream()
                .filter(mail -> mail.status() == Status.PENDING && !mail.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(QueuedMail::priority).thenComparing(QueuedMail::nextAttemptAt))
                .limit(limit)
                .toList();
        UUID claim = UUID.randomUUID();
        return due.stream().map(mail -> {
            QueuedMail claimed = mail.with(mail.status(), mail.attempts() + 1, claimedUntil, claim, mail.lastError(),
                    mail.sentAt());
            replace(claimed);
            return new ClaimedMail(claimed.id(), claimed.mail(), claimed.attempts(), claim);
        }).toList();
    }

    @Override
    public void markSent(ClaimedMail claimed, Instant sentAt) {
        row(claimed.id()).filter(mail -> mail.status() == Status.PENDING).ifPresent(mail ->
                replace(mail.with(Status.SENT, mail.attempts(), mail.nextAttemptAt(), null, null, sentAt)));
    }

    @Override
    public void scheduleRetry(ClaimedMail claimed, Instant nextAttemptAt, String reason) {
        heldBy(claimed).ifPresent(mail -> replace(mail.with(Status.PENDING, mail.attempts(), nextAttemptAt, null,
                reason, mail.sentAt())));
    }

    @Override
    public void postpone(ClaimedMail claimed, Instant nextAttemptAt, String reason) {
        heldBy(claimed).ifPresent(mail -> replace(mail.with(Status.PENDING, mail.attempts() - 1, nextAttemptAt, null,
                reason, mail.sentAt())));
    }

    @Override
    public void markFailed(ClaimedMail claimed, String reason) {
        heldBy(claimed).ifPresent(mail -> replace(mail.with(Status.FAILED, mail.attempts(), mail.nextAttemptAt(),
                null, reason, mail.sentAt())));
    }

    @Override
    public long countPending() {
        return mails.values().stream().filter(mail -> mail.status() == Status.PENDING).count();
    }

    @Override
    public LoggedMails search(DeliveryLogQuery query) {
        Predicate<QueuedMail> matches = mail -> (query.recipient() == null
                || mail.mail().recipient().equalsIgnoreCase(query.recipient()))
                && (query.kind() == null || mail.mail().purpose().kind() == query.kind())
                && (query.status() == null || mail.status().name().equals(query.status().name()))
                && (query.from() == null || !mail.createdAt().isBefore(query.from()))
                && (query.to() == null || mail.createdAt().isBefore(query.to()));
        List<QueuedMail> matching = mails.values().stream().filter(matches)
                .sorted(Comparator.comparing(QueuedMail::createdAt).reversed())
                .toList();
        return new LoggedMails(matching.stream()
                .skip((long) query.page() * query.size())
                .limit(query.size())
                .map(InMemoryMailQueue::logged)
                .toList(), matching.size());
    }

    @Override
    public Optional<LoggedMail> find(UUID mailId) {
        return row(mailId).map(InMemoryMailQueue::logged);
    }

    @Override
    public boolean reopen(UUID mailId, Instant dueAt) {
        Optional<QueuedMail> reopenable = row(mailId).filter(mail -> mail.status() != Status.PENDING
                && mail.mail().purpose().kind() != MailKind.PASSWORD_RESET);
        reopenable.ifPresent(mail -> replace(new QueuedMail(mail.id(), mail.mail(), Status.PENDING, 0, dueAt, null,
                null, null, mail.createdAt(), DeliveryPriority.INTERACTIVE)));
        return reopenable.isPresent();
    }

    /** Every mail ever queued, in the order it was queued. */
    public List<QueuedMail> all() {
        return List.copyOf(mails.values());
    }

    /** The one mail queued, failing the test when there is not exactly one. */
    public QueuedMail single() {
        if (mails.size() != 1) {
            throw new AssertionError("expected exactly one queued mail, found " + mails.size());
        }
        return mails.values().iterator().next();
    }

    public QueuedMail byId(UUID id) {
        return row(id).orElseThrow(() -> new AssertionError("no queued mail " + id));
    }

    private static LoggedMail logged(QueuedMail mail) {
        return new LoggedMail(mail.id(), mail.mail().purpose().kind(), mail.mail().recipient(),
                mail.mail().content().subject(), MailStatus.valueOf(mail.status().name()), mail.attempts(),
                mail.lastError(), mail.createdAt(), mail.nextAttemptAt(), mail.sentAt(),
                mail.mail().purpose().bodyRetention());
    }

    private Optional<QueuedMail> heldBy(ClaimedMail claimed) {
        return row(claimed.id())
                .filter(mail -> mail.status() == Status.PENDING && Objects.equals(mail.claim(), claimed.claim()));
    }

    private Optional<QueuedMail> row(UUID id) {
        return mails.values().stream().filter(mail -> mail.id().equals(id)).findFirst();
    }

    private void replace(QueuedMail updated) {
        mails.replaceAll((key, mail) -> mail.id().equals(updated.id()) ? updated : mail);
    }
}
