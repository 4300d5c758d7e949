package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.BookingCalendars;
import com.evently.ticketing.notification.application.port.out.MailNotAccepted;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.application.port.out.MailTransport;
import com.evently.ticketing.notification.application.port.out.TicketDocuments;
import com.evently.ticketing.notification.application.port.out.TicketDocumentsUnavailable;
import com.evently.ticketing.notification.domain.Attachment;
import com.evently.ticketing.notification.domain.AttachmentPolicy;
import com.evently.ticketing.notification.domain.ClaimedMail;
import com.evently.ticketing.notification.domain.DeliveryRetryPolicy;
import com.evently.ticketing.notification.domain.DeliveryRetryPolicy.AfterFailure;
import com.evently.ticketing.notification.domain.OutboundMail;
import com.evently.ticketing.notification.domain.OutgoingMail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Delivers a batch of queued mails whose time has come. Any number of callers may run it at once, in one
 * process or in several replicas: each mail is taken by one of them.
 * <p>
 * Claim, send, record: each mail is claimed for a limited time in one short step, delivered with no database
 * transaction or lock open (fetching a PDF and talking SMTP can take seconds), and each outcome is recorded
 * afterwards. A sender that dies mid-way leaves its mails to be claimed again when the claim runs out: delivery
 * is at least once, and a second copy needs a crash between the mail server's acceptance and the record of it.
 */
public final class DeliveringDueMails {

    private final MailQueue queue;
    private final TicketDocuments ticketDocuments;
    private final BookingCalendars bookingCalendars;
    private final MailTransport transport;
    private final DeliveryRetryPolicy retryPolicy;
    private final DeliveryBatch batch;
    private final Clock clock;

    public DeliveringDueMails(MailQueue queue, TicketDocuments ticketDocuments, BookingCalendars bookingCalendars,
                              MailTransport transport, DeliveryRetryPolicy retryPolicy, DeliveryBatch batch,
                              Clock clock) {
        this.queue = queue;
        this.ticketDocuments = ticketDocuments;
        this.bookingCalendars = bookingCalendars;
        this.transport = transport;
        this.retryPolicy = retryPolicy;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * Delivers up to a batch of due mails, most urgent first, and returns the outcome of each; empty when nothing
     * was due. Every mail is claimed on its own, right before its delivery and for the time that one delivery
     * needs: a batch claimed at once would have its last mails' claims run out while the first ones are still
     * being sent, letting another sender deliver them too; and a reset link queued meanwhile is the next one taken.
     * The batch's mails share a connection to the mail server.
     */
    public List<DeliveryOutcome> deliverDue() {
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        try (MailTransport.MailRun run = transport.run()) {
            while (outcomes.size() < batch.size()) {
                Instant now = clock.instant();
                List<ClaimedMail> claimed = queue.claimDue(now, 1, now.plus(batch.claim()));
                if (claimed.isEmpty()) {
                    break;
                }
                outcomes.add(deliver(claimed.get(0), run));
            }
        }
        return outcomes;
    }

    private DeliveryOutcome deliver(ClaimedMail claimed, MailTransport.MailRun run) {
        try {
            run.send(withAttachments(claimed.mail()));
        } catch (MailNotAccepted refused) {
            return refused.isPermanent() ? gaveUp(claimed, refused.getMessage()) : failed(claimed, refused.getMessage());
        } catch (TicketDocumentsUnavailable unavailable) {
            return switch (unavailable.kind()) {
                case OUTAGE -> postponed(claimed, unavailable.getMessage());
                case NO_VALID_TICKETS -> gaveUp(claimed, unavailable.getMessage()
                        + ": the booking holds no valid ticket any more (cancelled before this mail went out)");
                case FAILURE -> failed(claimed, unavailable.getMessage());
            };
        }
        queue.markSent(claimed, clock.instant());
        return new DeliveryOutcome.Sent(claimed.id(), claimed.mail().purpose(), claimed.attempt());
    }

    /** Attachments are fetched at delivery time, not when queued: the documents may change or be large. */
    private OutgoingMail withAttachments(OutboundMail mail) {
        List<Attachment> attachments = switch (mail.purpose().attachments()) {
            case AttachmentPolicy.Nothing nothing -> List.of();
            case AttachmentPolicy.TicketsPdfOf tickets -> ticketsAndCalendarOf(tickets.bookingId());
        };
        return new OutgoingMail(mail.recipient(), mail.content(), attachments, mail.unsubscribe());
    }

    /** The calendar entry is a convenience: a booking this service knows too little of still gets its tickets. */
    private List<Attachment> ticketsAndCalendarOf(UUID bookingId) {
        List<Attachment> attachments = new ArrayList<>();
        attachments.add(ticketDocuments.ticketsPdfOf(bookingId).asAttachment());
        bookingCalendars.calendarOf(bookingId).ifPresent(attachments::add);
        return List.copyOf(attachments);
    }

    private DeliveryOutcome failed(ClaimedMail claimed, String reason) {
        return switch (retryPolicy.afterFailedAttempt(claimed.attempt(), clock.instant())) {
            case AfterFailure.RetryAt retry -> {
                queue.scheduleRetry(claimed, retry.at(), reason);
                yield new DeliveryOutcome.RetryScheduled(claimed.id(), claimed.mail().purpose(), claimed.attempt(),
                        retry.at(), reason);
            }
            case AfterFailure.GiveUp giveUp -> gaveUp(claimed, reason);
        };
    }

    private DeliveryOutcome postponed(ClaimedMail claimed, String reason) {
        Instant nextAttemptAt = retryPolicy.afterOutage(clock.instant());
        queue.postpone(claimed, nextAttemptAt, reason);
        return new DeliveryOutcome.Postponed(claimed.id(), claimed.mail().purpose(), claimed.attempt(), nextAttemptAt,
                reason);
    }

    private DeliveryOutcome gaveUp(ClaimedMail claimed, String reason) {
        queue.markFailed(claimed, reason);
        return new DeliveryOutcome.GaveUp(claimed.id(), claimed.mail().purpose(), claimed.attempt(), reason);
    }
}
