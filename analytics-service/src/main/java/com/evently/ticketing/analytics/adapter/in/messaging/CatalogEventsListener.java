package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.analytics.application.RecordPublishedEventCommand;
import com.evently.ticketing.analytics.application.RecordingPublishedEvent;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Feeds the event statistics with what the catalog publishes; other catalog events are not needed yet. */
@Component
class CatalogEventsListener {

    private static final String CONSUMER = "analytics.catalog-events";

    private final IdempotentConsumer inbox;
    private final RecordingPublishedEvent recordingPublishedEvent;

    CatalogEventsListener(IdempotentConsumer inbox, RecordingPublishedEvent recordingPublishedEvent) {
        this.inbox = inbox;
        this.recordingPublishedEvent = recordingPublishedEvent;
    }

    @KafkaListener(topics = Topics.CATALOG_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        if (EventTypes.EVENT_PUBLISHED.equals(IncomingEvent.typeOf(record))) {
            inbox.consume(CONSUMER, record, EventPublished.class,
                    event -> recordingPublishedEvent.record(toCommand(event.payload())));
        }
    }

    /** A payload that breaks the contract will never become valid: straight to the dead-letter topic. */
    private static RecordPublishedEventCommand toCommand(EventPublished published) {
        try {
            return new RecordPublishedEventCommand(
                    published.eventId(),
                    published.organizerId(),
                    published.title(),
                    published.sessions() == null ? 0 : published.sessions().size(),
                    published.ticketTypes() == null ? List.of()
                            : published.ticketTypes().stream().map(EventPublished.TicketType::capacity).toList());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("EventPublished breaks its contract: " + e.getMessage(), e);
        }
    }
}
