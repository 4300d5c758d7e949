package com.evently.ticketing.notification.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Paging;

import java.time.Instant;

/**
 * A search of the delivery log; every filter is optional. Newest mails first.
 *
 * @param recipient exact address, in any letter case
 * @param from      created at or after
 * @param to        created before
 */
public record DeliveryLogQuery(String recipient, MailKind kind, MailStatus status, Instant from, Instant to,
                               int page, int size) {

    public static final int MAX_SIZE = 100;

    public DeliveryLogQuery {
        recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
        Paging.check(page, size, MAX_SIZE);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("from must lie before to");
        }
    }

    /** The mails of one address, as their owner sees them. */
    public static DeliveryLogQuery ofRecipient(String recipient, int page, int size) {
        return new DeliveryLogQuery(recipient, null, null, null, null, page, size);
    }
}
