package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.DeliveryLogQuery;
import com.evently.ticketing.notification.domain.LoggedMail;
import com.evently.ticketing.notification.domain.LoggedMails;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The record of every queued mail and its delivery, for administrators and for each mail's recipient. */
public interface DeliveryLog {

    LoggedMails search(DeliveryLogQuery query);

    Optional<LoggedMail> find(UUID mailId);

    /**
     * Queues a sent or failed mail again, due at {@code dueAt}, ahead of bulk mail and with its attempts counted
     * afresh.
     *
     * @return false when the mail was no longer sent or failed (someone else reopened it meanwhile)
     */
    boolean reopen(UUID mailId, Instant dueAt);
}
