package com.evently.ticketing.ticket.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.InboxOutcome;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.ticket.application.AppliedBookingCancellation;
import com.evently.ticketing.ticket.application.AppliedBookingChange;
import com.evently.ticketing.ticket.application.ApplyingBookingCancellation;
import com.evently.ticketing.ticket.application.ApplyingBookingChange;
import com.evently.ticketing.ticket.application.IssuedTickets;
import com.evently.ticketing.ticket.application.IssuingTickets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps tickets in step with bookings: confirmed seats get tickets, a change voids the released seats' tickets
 * and tickets the added ones, a cancellation voids them all. Every other booking event is not this service's
 * business. Each handler runs inside the inbox transaction, so its changes, its outbox row and the inbox record
 * commit together.
 */
@Component
class BookingEventsListener {

    // named when it only issued tickets; renaming it would make the inbox forget every event it has handled
    static final String CONSUMER_NAME = "ticket-service.issue-tickets";

    private static final Logger log = LoggerFactory.getLogger(BookingEventsListener.class);

    private final IdempotentConsumer inbox;
    private final IssuingTickets issuingTickets;
    private final ApplyingBookingChange applyingBookingChange;
    private final ApplyingBookingCancellation applyingBookingCancellation;

    BookingEventsListener(IdempotentConsumer inbox, IssuingTickets issuingTickets,
                          ApplyingBookingChange applyingBookingChange,
                          ApplyingBookingCancellation applyingBookingCancellation) {
        this.inbox = inbox;
        this.issuingTickets = issuingTickets;
        this.applyingBookingChange = applyingBookingChange;
        this.applyingBookingCancellation = applyingBookingCancellation;
    }

    @KafkaListener(topics = Topics.BOOKING_EVENTS)
    void onBookingEvent(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        InboxOutcome outcome;
        if (EventTypes.BOOKING_CONFIRMED.equals(type)) {
            outcome = inbox.consume(CONSUMER_NAME, record, BookingConfirmed.class, this::issueTickets);
        } else if (EventTypes.BOOKING_CHANGED.equals(type)) {
            outcome = inbox.consume(CONSUMER_NAME, record, BookingChanged.class, this::applyChange);
        } else if (EventTypes.BOOKING_CANCELLED.equals(type)) {
            outcome = inbox.consume(CONSUMER_NAME, record, BookingCancelled.class, this::applyCancellation);
        } else {
            return;
        }
        if (outcome == InboxOutcome.DUPLICATE) {
            log.info("Ignored redelivered {} for booking {}", type, record.key());
        }
    }

    private void issueTickets(IncomingEvent<BookingConfirmed> event) {
        IssuedTickets outcome = issuingTickets.issueFor(ConfirmedBookingMapping.toDomain(event.payload()));
        switch (outcome) {
            case IssuedTickets.Issued issued -> log.info("Issued {} tickets for booking {}",
                    issued.issuance().tickets().size(), issued.issuance().booking().bookingId());
            case IssuedTickets.AlreadyIssued already -> log.info(
                    "Booking {} already has its tickets; event {} changed nothing", already.bookingId(), event.id());
            case IssuedTickets.BookingAlreadyCancelled cancelled -> log.info(
                    "Booking {} was cancelled before its confirmation {} arrived: no tickets", cancelled.bookingId(),
                    event.id());
        }
    }

    private void applyChange(IncomingEvent<BookingChanged> event) {
        AppliedBookingChange outcome = applyingBookingChange.apply(BookingChangeMapping.toDomain(event.payload()));
        switch (outcome) {
            case AppliedBookingChange.Applied applied -> log.info(
                    "Booking {} revision {}: voided {} tickets, issued {}", applied.bookingId(), applied.revision(),
                    applied.voided().size(), applied.issued().map(issuance -> issuance.tickets().size()).orElse(0));
            case AppliedBookingChange.Stale stale -> log.info(
                    "Booking {} revision {} is stale (revision {} applied); event {} changed nothing",
                    stale.bookingId(), stale.revision(), stale.knownRevision(), event.id());
            case AppliedBookingChange.BookingAlreadyCancelled cancelled -> log.info(
                    "Booking {} is cancelled; its change {} (event {}) changed nothing", cancelled.bookingId(),
                    cancelled.revision(), event.id());
        }
    }

    private void applyCancellation(IncomingEvent<BookingCancelled> event) {
        AppliedBookingCancellation outcome =
                applyingBookingCancellation.apply(BookingChangeMapping.toDomain(event.payload()));
        switch (outcome) {
            case AppliedBookingCancellation.Voided voided -> log.info("Booking {} cancelled: voided {} tickets",
                    voided.bookingId(), voided.voided().size());
            case AppliedBookingCancellation.AlreadyCancelled already -> log.info(
                    "Booking {} was cancelled before; event {} changed nothing", already.bookingId(), event.id());
        }
    }
}
