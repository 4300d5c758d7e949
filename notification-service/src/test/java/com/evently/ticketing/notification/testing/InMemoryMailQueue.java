package com.evently.ticketing.notification.testing;

import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.domain.ClaimedMail;
import com.evently.ticketing.notification.domain.MailKind;
import com.evently.ticketing.notification.domain.OutboundMail;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The mail queue in memory, for the fast use-case tests: one mail per purpose (kind and reference), interactive
 * mails claimed before bulk ones, claims that
 * count attempts and hide the mail until they run out, outcomes recorded only by the claim's holder, as
 * {@code JdbcMailQueue} does against {@code outbound_mail}. Single-threaded: concurrency is the integration tests'.
 */
public final class InMemoryMailQueue implements MailQueue {

    public enum Status { PENDING, SENT, FAILED }

    /** One row of the queue as a test inspects it. */
    public record QueuedMail(UUID id, OutboundMail mail, Status status, int attempts, Instant nextAttemptAt,
                             UUID claim, String lastError, Instant sentAt) {
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
        mails.put(key, new QueuedMail(UUID.randomUUID(), mail, Status.PENDING, 0, dueAt, null, null, null));
        return true;
    }

    @Override
    public List<ClaimedMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        List<QueuedMail> due = mails.values().stream()
                .filter(mail -> mail.status() == Status.PENDING && !mail.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing((QueuedMail mail) -> mail.mail().purpose().priority())
                        .thenComparing(QueuedMail::nextAttemptAt))
                .limit(limit)
                .toList();
        UUID claim = UUID.randomUUID();
        return due.stream().map(mail -> {
            QueuedMail claimed = new QueuedMail(mail.id(), mail.mail(), mail.status(), mail.attempts() + 1,
                    claimedUntil, claim, mail.lastError(), mail.sentAt());
            replace(claimed);
            return new ClaimedMail(claimed.id(), claimed.mail(), claimed.attempts(), claim);
        }).toList();
    }

    @Override
    public void markSent(ClaimedMail claimed, Instant sentAt) {
        find(claimed.id()).filter(mail -> mail.status() == Status.PENDING).ifPresent(mail ->
                replace(new QueuedMail(mail.id(), mail.mail(), Status.SENT, mail.attempts(), mail.nextAttemptAt(),
                        null, null, sentAt)));
    }

    @Override
    public void scheduleRetry(ClaimedMail claimed, Instant nextAttemptAt, String reason) {
        heldBy(claimed).ifPresent(mail -> replace(new QueuedMail(mail.id(), mail.mail(), Status.PENDING,
                mail.attempts(), nextAttemptAt, null, reason, mail.sentAt())));
    }

    @Override
    public void postpone(ClaimedMail claimed, Instant nextAttemptAt, String reason) {
        heldBy(claimed).ifPresent(mail -> replace(new QueuedMail(mail.id(), mail.mail(), Status.PENDING,
                mail.attempts() - 1, nextAttemptAt, null, reason, mail.sentAt())));
    }

    @Override
    public void markFailed(ClaimedMail claimed, String reason) {
        heldBy(claimed).ifPresent(mail -> replace(new QueuedMail(mail.id(), mail.mail(), Status.FAILED,
                mail.attempts(), mail.nextAttemptAt(), null, reason, mail.sentAt())));
    }

    @Override
    public long countPending() {
        return mails.values().stream().filter(mail -> mail.status() == Status.PENDING).count();
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
        return find(id).orElseThrow(() -> new AssertionError("no queued mail " + id));
    }

    private Optional<QueuedMail> heldBy(ClaimedMail claimed) {
        return find(claimed.id())
                .filter(mail -> mail.status() == Status.PENDING && Objects.equals(mail.claim(), claimed.claim()));
    }

    private Optional<QueuedMail> find(UUID id) {
        return mails.values().stream().filter(mail -> mail.id().equals(id)).findFirst();
    }

    private void replace(QueuedMail updated) {
        mails.replaceAll((key, mail) -> mail.id().equals(updated.id()) ? updated : mail);
    }
}
