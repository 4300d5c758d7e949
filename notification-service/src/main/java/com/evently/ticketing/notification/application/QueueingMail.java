package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.application.port.out.MailTemplates;
import com.evently.ticketing.notification.domain.Notice;
import com.evently.ticketing.notification.domain.OutboundMail;

import java.time.Clock;

/**
 * Puts the mail a notice asks for in the queue, once per purpose however often it is asked. The mail is written
 * now, when the facts are fresh, and sent later; run inside a consumer's inbox transaction, a redelivered event
 * queues nothing and a re-published one (a new event id) meets the queue's one-mail-per-purpose rule.
 */
public final class QueueingMail {

    private final MailQueue queue;
    private final MailTemplates templates;
    private final Clock clock;

    public QueueingMail(MailQueue queue, MailTemplates templates, Clock clock) {
        this.queue = queue;
        this.templates = templates;
        this.clock = clock;
    }

    public QueueOutcome queue(Notice notice) {
        OutboundMail mail = new OutboundMail(notice.purpose(), notice.recipient().email(),
                templates.render(notice.letter()), notice.unsubscribe());
        return queue.add(mail, clock.instant()) ? QueueOutcome.QUEUED : QueueOutcome.ALREADY_QUEUED;
    }
}
