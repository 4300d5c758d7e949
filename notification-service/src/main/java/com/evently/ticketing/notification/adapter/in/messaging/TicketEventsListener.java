package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.notification.application.QueueOutcome;
import com.evently.ticketing.notification.application.QueueingBookingConfirmation;
import com.evently.ticketing.notification.domain.BookingConfirmation;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.InboxOutcome;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Queues the confirmation mail of a booking when ticket-service has issued all its tickets. */
public class TicketEventsListener {

    /** The inbox name of this consumer: a redelivered event id is recognised and changes nothing. */
    static final String CONSUMER = "notification.booking-confirmation";

    private static final Logger log = LoggerFactory.getLogger(TicketEventsListener.class);

    private final IdempotentConsumer idempotentConsumer;
    private final QueueingBookingConfirmation queueingBookingConfirmation;

    public TicketEventsListener(IdempotentConsumer idempotentConsumer,
                                QueueingBookingConfirmation queueingBookingConfirmation) {
        this.idempotentConsumer = idempotentConsumer;
        this.queueingBookingConfirmation = queueingBookingConfirmation;
    }

    @KafkaListener(topics = Topics.TICKET_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        if (!EventTypes.TICKETS_ISSUED.equals(IncomingEvent.typeOf(record))) {
            return;
        }
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, TicketsIssued.class, event -> {
            QueueOutcome queued = queueingBookingConfirmation.queue(confirmationOf(event.payload()));
            log.info("Booking confirmation for booking {}: {} (event {})", event.payload().bookingId(), queued, event.id());
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.TICKETS_ISSUED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    private static BookingConfirmation confirmationOf(TicketsIssued issued) {
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
                    issued.tickets().stream().map(TicketsIssued.IssuedTicket::code).toList());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException("Unusable " + EventTypes.TICKETS_ISSUED + " for booking "
                    + issued.bookingId() + ": " + e.getMessage(), e);
        }
    }
}
