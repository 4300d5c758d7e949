package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.KnownUsers;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.application.port.out.MailTemplates;
import com.evently.ticketing.notification.domain.Letter;
import com.evently.ticketing.notification.domain.Notice;
import com.evently.ticketing.notification.domain.OutboundMail;

import java.time.Clock;

/**
 * Puts the mail a notice asks for in the queue, once per purpose however often it is asked. The mail is written
 * now, when the facts are fresh, and sent later; run inside a consumer's inbox transaction, a redelivered event
 * queues nothing and a re-published one (a new event id) meets the queue's one-mail-per-purpose rule.
 * <p>
 * A mail to the address of a known user is written in that user's language; any other (a stranger a ticket was
 * transferred to, a user whose language is not known or has no templates) keeps the notice's language, the
 * configured default. Looked up by address, not by user id: every mail has an address, and not every event that
 * causes one names the recipient's account.
 */
public final class QueueingMail {

    private final MailQueue queue;
    private final MailTemplates templates;
    private final KnownUsers knownUsers;
    private final Clock clock;

    public QueueingMail(MailQueue queue, MailTemplates templates, KnownUsers knownUsers, Clock clock) {
        this.queue = queue;
        this.templates = templates;
        this.knownUsers = knownUsers;
        this.clock = clock;
    }

    public QueueOutcome queue(Notice notice) {
        Letter letter = knownUsers.languageAt(notice.recipient().email())
                .filter(templates::writesIn)
                .map(notice.letter()::inLanguage)
                .orElse(notice.letter());
        OutboundMail mail = new OutboundMail(notice.purpose(), notice.recipient().email(),
                templates.render(letter), notice.unsubscribe());
        return queue.add(mail, clock.instant()) ? QueueOutcome.QUEUED : QueueOutcome.ALREADY_QUEUED;
    }
}
