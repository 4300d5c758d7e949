package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.notification.application.QueueOutcome;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.domain.BookingConfirmation;
import com.evently.ticketing.notification.domain.ClaimToken;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.Notice;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.TicketReturn;
import com.evently.ticketing.notification.domain.TicketTransfer;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.InboxOutcome;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import com.evently.ticketing.platform.security.FieldSealing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Queues the confirmation mail of a booking when ticket-service has issued all its tickets, the two mails of a
 * ticket transfer (to the new holder and to the giver), and the giver's mail when a transfer went unclaimed and the
 * ticket is theirs again. The admission codes arrive sealed and are opened only to be
 * written into the confirmation; a code that does not open sends the event to the dead-letter topic.
 */
public class TicketEventsListener {

    /** The inbox name of this consumer: a redelivered event id is recognised and changes nothing. */
    static final String CONSUMER = "notification.booking-confirmation";

    private static final Logger log = LoggerFactory.getLogger(TicketEventsListener.class);

    private final IdempotentConsumer idempotentConsumer;
    private final QueueingMail queueingMail;
    private final FieldSealing sealing;
    private final WebUi webUi;
    private final Locale language;

    /**
     * @param webUi    where a transferred ticket's new holder finds it
     * @param language the language of the mail, until a recipient's own is known here
     */
    public TicketEventsListener(IdempotentConsumer idempotentConsumer, QueueingMail queueingMail, FieldSealing sealing,
                                WebUi webUi, Locale language) {
        this.idempotentConsumer = idempotentConsumer;
        this.queueingMail = queueingMail;
        this.sealing = sealing;
        this.webUi = webUi;
        this.language = language;
    }

    @KafkaListener(topics = Topics.TICKET_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        if (EventTypes.TICKET_TRANSFERRED.equals(type)) {
            transferred(record);
            return;
        }
        if (EventTypes.TICKET_RETURNED.equals(type)) {
            returned(record);
            return;
        }
        if (!EventTypes.TICKETS_ISSUED.equals(type)) {
            return;
        }
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, TicketsIssued.class, event -> {
            QueueOutcome queued = queueingMail.queue(confirmationOf(event.payload()).notice(language));
            log.info("Booking confirmation for booking {}: {} (event {})", event.payload().bookingId(), queued, event.id());
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.TICKETS_ISSUED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    private void transferred(ConsumerRecord<String, String> record) {
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, TicketTransferred.class, event -> {
            TicketTransfer transfer = transferOf(event.payload(), claimTokenOf(event.payload()));
            for (Notice notice : transfer.notices(webUi, language)) {
                QueueOutcome queued = queueingMail.queue(notice);
                log.info("Mail for {}: {} (event {})", notice.purpose().description(), queued, event.id());
            }
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.TICKET_TRANSFERRED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    private void returned(ConsumerRecord<String, String> record) {
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, TicketReturned.class, event -> {
            Notice notice = returnOf(event.payload()).notice(webUi, language);
            QueueOutcome queued = queueingMail.queue(notice);
            log.info("Mail for {}: {} (event {})", notice.purpose().description(), queued, event.id());
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.TICKET_RETURNED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    private static TicketReturn returnOf(TicketReturned returned) {
        if (returned.ticketId() == null || returned.holderEmail() == null || returned.unclaimedEmail() == null) {
            throw new MalformedEventException(EventTypes.TICKET_RETURNED
                    + " without ticketId, holderEmail or unclaimedEmail, which its schema requires", null);
        }
        try {
            return new TicketReturn(returned.ticketId(), new Recipient(returned.holderEmail(), returned.holderName()),
                    returned.unclaimedEmail(),
                    new EventDetails(returned.eventTitle(), null,
                            returned.timeZone() == null ? null : ZoneId.of(returned.timeZone()), null,
                            returned.sessionStartsAt(), null));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException("Unusable " + EventTypes.TICKET_RETURNED + " for ticket "
                    + returned.ticketId() + ": " + e.getMessage(), e);
        }
    }

    /** The claim link's secret, opened from its sealed field; absent for a transfer to an account. */
    private ClaimToken claimTokenOf(TicketTransferred transferred) {
        if (transferred.sealedClaimToken() == null || transferred.ticketId() == null) {
            return null;
        }
        try {
            return new ClaimToken(sealing.open(transferred.sealedClaimToken(),
                    TicketTransferred.sealingContext(transferred.ticketId())));
        } catch (IllegalArgumentException e) {
            // neither the domain's messages nor the sealing's quote the token
            throw new MalformedEventException("Unusable claim token in " + EventTypes.TICKET_TRANSFERRED
                    + " for ticket " + transferred.ticketId() + ": " + e.getMessage(), e);
        }
    }

    private static TicketTransfer transferOf(TicketTransferred transferred, ClaimToken claimToken) {
        if (transferred.ticketId() == null || transferred.holderEmail() == null
                || transferred.previousHolderEmail() == null) {
            throw new MalformedEventException(EventTypes.TICKET_TRANSFERRED
                    + " without ticketId, holderEmail or previousHolderEmail, which its schema requires", null);
        }
        try {
            return new TicketTransfer(transferred.ticketId(),
                    new Recipient(transferred.holderEmail(), transferred.holderName()),
                    new Recipient(transferred.previousHolderEmail(), transferred.previousHolderName()),
                    new EventDetails(transferred.eventTitle(), null,
                            transferred.timeZone() == null ? null : ZoneId.of(transferred.timeZone()), null,
                            transferred.sessionStartsAt(), null),
                    claimToken);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException("Unusable " + EventTypes.TICKET_TRANSFERRED + " for ticket "
                    + transferred.ticketId() + ": " + e.getMessage(), e);
        }
    }

    private String codeOf(TicketsIssued.IssuedTicket ticket) {
        if (ticket.ticketId() == null) {
            throw new IllegalArgumentException("a ticket without ticketId");
        }
        return sealing.open(ticket.sealedCode(), TicketsIssued.IssuedTicket.sealingContext(ticket.ticketId()));
    }

    /** The lowest ticket id: the same on every announcement of one issuance, different for the next one. */
    private static UUID issuanceOf(TicketsIssued issued) {
        return issued.tickets().stream().map(TicketsIssued.IssuedTicket::ticketId).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private BookingConfirmation confirmationOf(TicketsIssued issued) {
        // the same payload fails the same way on every retry: straight to the dead-letter topic
        if (issued.bookingId() == null || issued.holderEmail() == null || issued.tickets() == null) {
            throw new MalformedEventException(EventTypes.TICKETS_ISSUED
                    + " without bookingId, holderEmail or tickets, which its schema requires", null);
        }
        try {
            return new BookingConfirmation(
                    issued.bookingId(),
                    new Recipient(issued.holderEmail(), issued.holderName()),
                    issued.eventTitle(),
                    issued.venue(),
                    issued.timeZone() == null ? null : ZoneId.of(issued.timeZone()),
                    issued.sessionName(),
                    issued.sessionStartsAt(),
                    issued.ticketTypeName(),
                    issued.tickets().stream().map(this::codeOf).toList(),
                    issuanceOf(issued));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException("Unusable " + EventTypes.TICKETS_ISSUED + " for booking "
                    + issued.bookingId() + ": " + e.getMessage(), e);
        }
    }
}
