package com.evently.ticketing.ticket.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import com.evently.ticketing.ticket.application.RecordingEventOrganizer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Learns who organizes each event, from the catalogue's announcements: they run its check-in. */
@Component
class CatalogEventsListener {

    static final String CONSUMER_NAME = "ticket-service.event-organizers";

    private final IdempotentConsumer inbox;
    private final RecordingEventOrganizer recordingEventOrganizer;

    CatalogEventsListener(IdempotentConsumer inbox, RecordingEventOrganizer recordingEventOrganizer) {
        this.inbox = inbox;
        this.recordingEventOrganizer = recordingEventOrganizer;
    }

    @KafkaListener(topics = Topics.CATALOG_EVENTS)
    void onCatalogEvent(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        if (EventTypes.EVENT_PUBLISHED.equals(type)) {
            inbox.consume(CONSUMER_NAME, record, EventPublished.class,
                    event -> record(event.payload().eventId(), event.payload().organizerId()));
        } else if (EventTypes.EVENT_UPDATED.equals(type)) {
            inbox.consume(CONSUMER_NAME, record, EventUpdated.class,
                    event -> record(event.payload().eventId(), event.payload().organizerId()));
        }
    }

    private void record(UUID eventId, UUID organizerId) {
        if (eventId == null || organizerId == null) {
            throw new MalformedEventException("Catalogue event without eventId or organizerId", null);
        }
        recordingEventOrganizer.record(eventId, organizerId);
    }
}
