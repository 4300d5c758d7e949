package com.evently.ticketing.notification.domain;

import java.util.List;

/** One page of the delivery log and how many mails matched in all. */
public record LoggedMails(List<LoggedMail> items, long total) {

    public LoggedMails {
        items = List.copyOf(items);
    }
}
