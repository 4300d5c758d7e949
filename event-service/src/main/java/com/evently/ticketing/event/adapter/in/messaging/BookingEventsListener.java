package com.evently.ticketing.event.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.AvailabilityChanged;
import com.evently.ticketing.event.application.RecordingAvailability;
import com.evently.ticketing.event.domain.SeatsLeft;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import static com.evently.ticketing.platform.inbox.IncomingEvent.typeOf;

/** Keeps the catalog's copy of seats left; the other booking events do not concern the catalog and are skipped. */
@Component
class BookingEventsListener {

    /** The inbox name of this consumer: its processed event ids are recorded under it. */
    static final String CONSUMER = "catalog-availability";

    private final IdempotentConsumer idempotentConsumer;
    private final RecordingAvailability recordingAvailability;

    BookingEventsListener(IdempotentConsumer idempotentConsumer, RecordingAvailability recordingAvailability) {
        this.idempotentConsumer = idempotentConsumer;
        this.recordingAvailability = recordingAvailability;
    }

    @KafkaListener(topics = Topics.BOOKING_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        if (EventTypes.AVAILABILITY_CHANGED.equals(typeOf(record))) {
            idempotentConsumer.consume(CONSUMER, record, AvailabilityChanged.class,
                    event -> recordingAvailability.record(seatsLeft(event)));
        }
    }

    private static SeatsLeft seatsLeft(IncomingEvent<AvailabilityChanged> event) {
        AvailabilityChanged changed = event.payload();
        try {
            return new SeatsLeft(changed.eventId(), changed.sessionId(), changed.ticketTypeId(), changed.capacity(),
                    changed.available(), changed.observedAt());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("AvailabilityChanged " + event.id() + " breaks its contract: "
                    + e.getMessage(), e);
        }
    }
}
