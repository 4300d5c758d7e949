package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.DeliveryLog;
import com.evently.ticketing.notification.domain.DeliveryLogQuery;
import com.evently.ticketing.notification.domain.LoggedMails;
import com.evently.ticketing.notification.domain.NotificationNotPermitted;
import com.evently.ticketing.platform.domain.Caller;

import java.util.List;

/** Reading the delivery log: administrators search everyone's mails, a user sees the mails sent to their address. */
public final class ViewingDeliveryLog {

    private final DeliveryLog log;

    public ViewingDeliveryLog(DeliveryLog log) {
        this.log = log;
    }

    public LoggedMails search(Caller caller, DeliveryLogQuery query) {
        if (!caller.isAdmin()) {
            throw new NotificationNotPermitted("Only administrators search the delivery log");
        }
        return log.search(query);
    }

    /** @param email the caller's own address, as their access token states it; none means no mails */
    public LoggedMails ownMails(String email, int page, int size) {
        DeliveryLogQuery query = DeliveryLogQuery.ofRecipient(email, page, size);
        if (query.recipient() == null) {
            return new LoggedMails(List.of(), 0);
        }
        return log.search(query);
    }
}
