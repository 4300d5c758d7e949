package com.evently.ticketing.ticket.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.InboxOutcome;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.ticket.application.IssuedTickets;
import com.evently.ticketing.ticket.application.IssuingTickets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns confirmed bookings into tickets; every other booking event is not this service's business. */
@Component
class BookingEventsListener {

    static final String CONSUMER_NAME = "ticket-service.issue-tickets";

    private static final Logger log = LoggerFactory.getLogger(BookingEventsListener.class);

    private final IdempotentConsumer inbox;
    private final IssuingTickets issuingTickets;

    BookingEventsListener(IdempotentConsumer inbox, IssuingTickets issuingTickets) {
        this.inbox = inbox;
        this.issuingTickets = issuingTickets;
    }

    @KafkaListener(topics = Topics.BOOKING_EVENTS)
    void onBookingEvent(ConsumerRecord<String, String> record) {
        if (EventTypes.BOOKING_CONFIRMED.equals(IncomingEvent.typeOf(record))) {
            InboxOutcome outcome = inbox.consume(CONSUMER_NAME, record, BookingConfirmed.class, this::issueTickets);
            if (outcome == InboxOutcome.DUPLICATE) {
                log.info("Ignored redelivered BookingConfirmed for booking {}", record.key());
            }
        }
    }

    // runs inside the inbox transaction: the tickets, their outbox row and the inbox record commit together
    private void issueTickets(IncomingEvent<BookingConfirmed> event) {
        IssuedTickets outcome = issuingTickets.issueFor(ConfirmedBookingMapping.toDomain(event.payload()));
        switch (outcome) {
            case IssuedTickets.Issued issued -> log.info("Issued {} tickets for booking {}",
                    issued.issuance().tickets().size(), issued.issuance().booking().bookingId());
            case IssuedTickets.AlreadyIssued already -> log.info(
                    "Booking {} already has its tickets; event {} changed nothing", already.bookingId(), event.id());
        }
    }
}
