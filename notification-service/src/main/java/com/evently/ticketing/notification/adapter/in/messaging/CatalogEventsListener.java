package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.notification.application.NotifyingVenueChange;
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

/**
 * Tells holders of upcoming bookings when their event moves to another venue. Cancelled events need nothing here:
 * booking-service cancels each booking, and those cancellations carry the mails.
 */
public class CatalogEventsListener {

    /** The inbox name of this consumer: a redelivered event id is recognised and changes nothing. */
    static final String CONSUMER = "notification.event-changes";

    private static final Logger log = LoggerFactory.getLogger(CatalogEventsListener.class);

    private final IdempotentConsumer idempotentConsumer;
    private final NotifyingVenueChange notifyingVenueChange;

    public CatalogEventsListener(IdempotentConsumer idempotentConsumer, NotifyingVenueChange notifyingVenueChange) {
        this.idempotentConsumer = idempotentConsumer;
        this.notifyingVenueChange = notifyingVenueChange;
    }

    @KafkaListener(topics = Topics.CATALOG_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        if (!EventTypes.EVENT_UPDATED.equals(IncomingEvent.typeOf(record))) {
            return;
        }
        InboxOutcome outcome = idempotentConsumer.consume(CONSUMER, record, EventUpdated.class, event -> {
            EventUpdated updated = event.payload();
            if (updated.eventId() == null) {
                throw new MalformedEventException(EventTypes.EVENT_UPDATED + " without eventId, which its schema requires",
                        null);
            }
            int mailed = notifyingVenueChange.eventDescribed(updated.eventId(), updated.version(), updated.title(),
                    updated.venue(), zoneOf(updated));
            log.info("Event {} updated to version {}: {} holders told of a new venue (event {})", updated.eventId(),
                    updated.version(), mailed, event.id());
        });
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", EventTypes.EVENT_UPDATED, record.topic(),
                    record.partition(), record.offset());
        }
    }

    private static ZoneId zoneOf(EventUpdated updated) {
        try {
            return updated.timeZone() == null ? null : ZoneId.of(updated.timeZone());
        } catch (DateTimeException e) {
            throw new MalformedEventException("Unusable " + EventTypes.EVENT_UPDATED + " for event "
                    + updated.eventId() + ": " + e.getMessage(), e);
        }
    }
}
