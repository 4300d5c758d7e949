package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.analytics.application.RecordingCheckIn;
import com.evently.ticketing.analytics.application.RecordingTickets;
import com.evently.ticketing.analytics.domain.CheckIn;
import com.evently.ticketing.analytics.domain.IssuedTickets;
import com.evently.ticketing.analytics.domain.TicketClaim;
import com.evently.ticketing.analytics.domain.TicketReturn;
import com.evently.ticketing.analytics.domain.TicketTransfer;
import com.evently.ticketing.analytics.domain.UndoneCheckIn;
import com.evently.ticketing.analytics.domain.VoidedTickets;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.ticket.TicketCheckInUndone;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.contracts.ticket.TicketsVoided;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;

import static com.evently.ticketing.analytics.adapter.in.messaging.ContractMapping.mapped;

/** Feeds tickets issued, transferred, claimed, returned and voided, and admissions at the door and their undoing, through one inbox name. */
@Component
class TicketEventsListener implements ProjectionFeed {

    private static final String CONSUMER = "analytics.ticket-events";
    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            EventTypes.TICKETS_ISSUED, TicketsIssued.class,
            EventTypes.TICKET_TRANSFERRED, TicketTransferred.class,
            EventTypes.TICKET_CLAIMED, TicketClaimed.class,
            EventTypes.TICKET_RETURNED, TicketReturned.class,
            EventTypes.TICKET_CHECKED_IN, TicketCheckedIn.class,
            EventTypes.TICKETS_VOIDED, TicketsVoided.class,
            EventTypes.TICKET_CHECK_IN_UNDONE, TicketCheckInUndone.class);

    private final IdempotentConsumer inbox;
    private final RecordingCheckIn recordingCheckIn;
    private final RecordingTickets recordingTickets;

    TicketEventsListener(IdempotentConsumer inbox, RecordingCheckIn recordingCheckIn,
                         RecordingTickets recordingTickets) {
        this.inbox = inbox;
        this.recordingCheckIn = recordingCheckIn;
        this.recordingTickets = recordingTickets;
    }

    @KafkaListener(topics = Topics.TICKET_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        consume(inbox, CONSUMER, record);
    }

    @Override
    public String topic() {
        return Topics.TICKET_EVENTS;
    }

    @Override
    public Class<?> payloadType(String eventType) {
        return PAYLOADS.get(eventType);
    }

    @Override
    public void apply(String eventType, Object payload) {
        switch (eventType) {
            case EventTypes.TICKET_CHECKED_IN -> recordingCheckIn.record(
                    mapped(eventType, () -> checkIn((TicketCheckedIn) payload)));
            case EventTypes.TICKETS_ISSUED -> recordingTickets.issued(
                    mapped(eventType, () -> issued((TicketsIssued) payload)));
            case EventTypes.TICKET_TRANSFERRED -> recordingTickets.transferred(
                    mapped(eventType, () -> transfer((TicketTransferred) payload)));
            case EventTypes.TICKET_CLAIMED -> recordingTickets.claimed(
                    mapped(eventType, () -> claim((TicketClaimed) payload)));
            case EventTypes.TICKET_RETURNED -> recordingTickets.returned(
                    mapped(eventType, () -> returned((TicketReturned) payload)));
            case EventTypes.TICKETS_VOIDED -> recordingTickets.voided(
                    mapped(eventType, () -> voided((TicketsVoided) payload)));
            case EventTypes.TICKET_CHECK_IN_UNDONE -> recordingCheckIn.undo(
                    mapped(eventType, () -> new UndoneCheckIn(((TicketCheckInUndone) payload).ticketId())));
            default -> throw new IllegalArgumentException("Not a projected ticket event: " + eventType);
        }
    }

    private static CheckIn checkIn(TicketCheckedIn checkedIn) {
        return new CheckIn(checkedIn.ticketId(), checkedIn.bookingId(), checkedIn.eventId(), checkedIn.sessionId(),
                checkedIn.ticketTypeId(), checkedIn.checkedInAt());
    }

    private static IssuedTickets issued(TicketsIssued issued) {
        return new IssuedTickets(issued.bookingId(), issued.eventId(),
                issued.tickets().stream().map(TicketsIssued.IssuedTicket::ticketId).toList(), issued.occurredAt());
    }

    private static VoidedTickets voided(TicketsVoided voided) {
        return new VoidedTickets(voided.bookingId(), voided.eventId(),
                voided.tickets().stream().map(TicketsVoided.VoidedTicket::ticketId).toList(), voided.occurredAt());
    }

    private static TicketTransfer transfer(TicketTransferred transferred) {
        return new TicketTransfer(transferred.ticketId(), transferred.previousTicketId(), transferred.bookingId(),
                transferred.eventId(), transferred.transferredBy(), transferred.previousHolderEmail(),
                transferred.holderEmail(), transferred.occurredAt());
    }

    private static TicketReturn returned(TicketReturned returned) {
        return new TicketReturn(returned.ticketId(), returned.unclaimedTicketId(), returned.bookingId(),
                returned.eventId(), returned.holderUserId(), returned.holderEmail(), returned.unclaimedEmail(),
                returned.occurredAt());
    }

    private static TicketClaim claim(TicketClaimed claimed) {
        return new TicketClaim(claimed.ticketId(), claimed.bookingId(), claimed.eventId(), claimed.claimedBy(),
                claimed.transferredToEmail(), claimed.holderEmail(), claimed.occurredAt());
    }
}
