package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.ClaimedMail;
import com.evently.ticketing.notification.domain.OutboundMail;

import java.time.Instant;
import java.util.List;

/** The mails waiting to be delivered, and the record of those that were. */
public interface MailQueue {

    /**
     * Queues the mail, due at {@code dueAt}, unless a mail for the same purpose (kind and reference) is already
     * there, whatever its state.
     *
     * @return false when nothing was queued because of such a mail
     */
    boolean add(OutboundMail mail, Instant dueAt);

    /**
     * Takes up to {@code limit} pending mails due at {@code now} for the caller alone until {@code claimedUntil},
     * counting one more attempt on each. Mails another caller holds are skipped, not waited for; a mail whose
     * claim ran out without an outcome is due again.
     */
    List<ClaimedMail> claimDue(Instant now, int limit, Instant claimedUntil);

    /** Records the mail as sent; blanks its text when its purpose's {@code BodyRetention} says so. */
    void markSent(ClaimedMail mail, Instant sentAt);

    void scheduleRetry(ClaimedMail mail, Instant nextAttemptAt, String reason);

    /**
     * Puts the mail back until {@code nextAttemptAt} without counting the attempt its claim counted: nothing was
     * tried with the mail itself (what it needs was down).
     */
    void postpone(ClaimedMail mail, Instant nextAttemptAt, String reason);

    /** Gives the mail up for good; blanks its text when its purpose's {@code BodyRetention} says so. */
    void markFailed(ClaimedMail mail, String reason);

    /** Mails not yet sent nor given up on. */
    long countPending();
}
