package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.DeliveryLog;
import com.evently.ticketing.notification.domain.LoggedMail;
import com.evently.ticketing.notification.domain.NotificationConflict;
import com.evently.ticketing.notification.domain.NotificationNotFound;
import com.evently.ticketing.notification.domain.NotificationNotPermitted;
import com.evently.ticketing.platform.domain.Caller;

import java.time.Clock;
import java.util.UUID;

/**
 * An administrator sends a mail again (it bounced, or its recipient lost it): the same row is queued anew, so the
 * log keeps one entry per occasion, and it goes ahead of bulk mail because somebody is waiting for it.
 */
public final class ResendingMail {

    private final DeliveryLog log;
    private final Clock clock;

    public ResendingMail(DeliveryLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public LoggedMail resend(Caller caller, UUID mailId) {
        if (!caller.isAdmin()) {
            throw new NotificationNotPermitted("Only administrators resend mails");
        }
        LoggedMail mail = log.find(mailId).orElseThrow(() -> new NotificationNotFound(mailId));
        mail.checkResendable();
        if (!log.reopen(mailId, clock.instant())) {
            throw new NotificationConflict("Mail " + mailId + " was queued again meanwhile");
        }
        return log.find(mailId).orElseThrow(() -> new NotificationNotFound(mailId));
    }
}
