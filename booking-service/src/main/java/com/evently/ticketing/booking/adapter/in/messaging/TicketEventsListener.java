package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.MarkingSeatCheckedIn;
import com.evently.ticketing.booking.application.UpdatingSeatHolder;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import static com.evently.ticketing.platform.inbox.IncomingEvent.typeOf;

/**
 * Keeps the attendee list in step with the tickets: who holds each seat after a transfer or a claim, and when it was
 * admitted.
 * Other ticket event types (TicketsIssued) do not concern booking and are skipped.
 */
@Component
class TicketEventsListener {

    /** The inbox name of this consumer: its processed event ids are recorded under it. */
    static final String CONSUMER = "booking-tickets";

    private final IdempotentConsumer idempotentConsumer;
    private final UpdatingSeatHolder updatingSeatHolder;
    private final MarkingSeatCheckedIn markingSeatCheckedIn;

    TicketEventsListener(IdempotentConsumer idempotentConsumer, UpdatingSeatHolder updatingSeatHolder,
                         MarkingSeatCheckedIn markingSeatCheckedIn) {
        this.idempotentConsumer = idempotentConsumer;
        this.updatingSeatHolder = updatingSeatHolder;
        this.markingSeatCheckedIn = markingSeatCheckedIn;
    }

    // The inbox row and the change commit together: a redelivery (same ce_id) is skipped whole. A replay under a new
    // ce_id is harmless too: both changes keep the latest transfer and the earliest admission.
    @KafkaListener(topics = Topics.TICKET_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        switch (typeOf(record)) {
            case EventTypes.TICKET_TRANSFERRED -> idempotentConsumer.consume(CONSUMER, record, TicketTransferred.class,
                    event -> updatingSeatHolder.update(TicketTransferredMapping.toCommand(event)));
            case EventTypes.TICKET_CLAIMED -> idempotentConsumer.consume(CONSUMER, record, TicketClaimed.class,
                    event -> updatingSeatHolder.update(TicketClaimedMapping.toClaim(event)));
            case EventTypes.TICKET_RETURNED -> idempotentConsumer.consume(CONSUMER, record, TicketReturned.class,
                    event -> updatingSeatHolder.update(TicketReturnedMapping.toCommand(event)));
            case EventTypes.TICKET_CHECKED_IN -> idempotentConsumer.consume(CONSUMER, record, TicketCheckedIn.class,
                    event -> markingSeatCheckedIn.mark(TicketCheckedInMapping.toCommand(event)));
            case null, default -> {
            }
        }
    }
}
