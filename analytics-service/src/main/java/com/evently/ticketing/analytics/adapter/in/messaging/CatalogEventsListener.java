package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.analytics.application.RecordPublishedEventCommand;
import com.evently.ticketing.analytics.application.RecordingEventCancellation;
import com.evently.ticketing.analytics.application.RecordingEventRetitling;
import com.evently.ticketing.analytics.application.RecordingPublishedEvent;
import com.evently.ticketing.analytics.domain.EventCancellation;
import com.evently.ticketing.analytics.domain.EventRetitling;
import com.evently.ticketing.analytics.domain.OfferedTicketType;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static com.evently.ticketing.analytics.adapter.in.messaging.ContractMapping.mapped;

/** Feeds the event statistics with the events the catalog publishes, renames and cancels. */
@Component
class CatalogEventsListener implements ProjectionFeed {

    private static final String CONSUMER = "analytics.catalog-events";
    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            EventTypes.EVENT_PUBLISHED, EventPublished.class,
            EventTypes.EVENT_UPDATED, EventUpdated.class,
            EventTypes.EVENT_CANCELLED, EventCancelled.class);

    private final IdempotentConsumer inbox;
    private final RecordingPublishedEvent recordingPublishedEvent;
    private final RecordingEventRetitling recordingEventRetitling;
    private final RecordingEventCancellation recordingEventCancellation;

    CatalogEventsListener(IdempotentConsumer inbox, RecordingPublishedEvent recordingPublishedEvent,
                          RecordingEventRetitling recordingEventRetitling,
                          RecordingEventCancellation recordingEventCancellation) {
        this.inbox = inbox;
        this.recordingPublishedEvent = recordingPublishedEvent;
        this.recordingEventRetitling = recordingEventRetitling;
        this.recordingEventCancellation = recordingEventCancellation;
    }

    @KafkaListener(topics = Topics.CATALOG_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        consume(inbox, CONSUMER, record);
    }

    @Override
    public String topic() {
        return Topics.CATALOG_EVENTS;
    }

    @Override
    public Class<?> payloadType(String eventType) {
        return PAYLOADS.get(eventType);
    }

    @Override
    public void apply(String eventType, Object payload) {
        switch (eventType) {
            case EventTypes.EVENT_PUBLISHED -> recordingPublishedEvent.record(
                    mapped(eventType, () -> toCommand((EventPublished) payload)));
            case EventTypes.EVENT_UPDATED -> recordingEventRetitling.record(
                    mapped(eventType, () -> retitling((EventUpdated) payload)));
            case EventTypes.EVENT_CANCELLED -> recordingEventCancellation.record(
                    mapped(eventType, () -> cancellation((EventCancelled) payload)));
            default -> throw new IllegalArgumentException("Not a projected catalog event: " + eventType);
        }
    }

    private static RecordPublishedEventCommand toCommand(EventPublished published) {
        return new RecordPublishedEventCommand(
                published.eventId(),
                published.organizerId(),
                published.title(),
                published.sessions() == null ? List.of()
                        : published.sessions().stream().map(EventPublished.Session::sessionId).toList(),
                published.ticketTypes() == null ? List.of()
                        : published.ticketTypes().stream().map(ticketType ->
                                new OfferedTicketType(ticketType.ticketTypeId(), ticketType.capacity())).toList());
    }

    private static EventRetitling retitling(EventUpdated updated) {
        return new EventRetitling(updated.eventId(), updated.title(), updated.version());
    }

    private static EventCancellation cancellation(EventCancelled cancelled) {
        return new EventCancellation(cancelled.eventId(), cancelled.reason(), cancelled.cancelledAt());
    }
}
