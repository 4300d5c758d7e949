package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.notification.application.NotifyingEventChange;
import com.evently.ticketing.notification.application.PlanningReminders;
import com.evently.ticketing.notification.domain.ReminderSchedule;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.InboxOutcome;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Learns each event's reminder lead times when it is published and whenever it is updated, and tells holders of
 * upcoming bookings when their event moves to another venue or another time zone. Cancelled events need nothing
 * here: booking-service cancels each booking, and those cancellations carry the mails.
 */
public class CatalogEventsListener {

    /** The inbox name of this consumer: a redelivered event id is recognised and changes nothing. */
    static final String CONSUMER = "notification.event-changes";

    private static final Logger log = LoggerFactory.getLogger(CatalogEventsListener.class);

    private final IdempotentConsumer idempotentConsumer;
    private final NotifyingEventChange notifyingEventChange;
    private final PlanningReminders planningReminders;

    public CatalogEventsListener(IdempotentConsumer idempotentConsumer, NotifyingEventChange notifyingEventChange,
                                 PlanningReminders planningReminders) {
        this.idempotentConsumer = idempotentConsumer;
        this.notifyingEventChange = notifyingEventChange;
        this.planningReminders = planningReminders;
    }

    @KafkaListener(topics = Topics.CATALOG_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        InboxOutcome outcome;
        if (EventTypes.EVENT_PUBLISHED.equals(type)) {
            outcome = idempotentConsumer.consume(CONSUMER, record, EventPublished.class, event -> {
                EventPublished published = event.payload();
                requireEventId(published.eventId(), type);
                planningReminders.planned(published.eventId(), PlanningReminders.AS_PUBLISHED,
                        schedule(published.eventId(), published.reminderLeads()));
            });
        } else if (EventTypes.EVENT_UPDATED.equals(type)) {
            outcome = idempotentConsumer.consume(CONSUMER, record, EventUpdated.class, event -> {
                EventUpdated updated = event.payload();
                requireEventId(updated.eventId(), type);
                planningReminders.planned(updated.eventId(), updated.version(),
                        schedule(updated.eventId(), updated.reminderLeads()));
                int mailed = notifyingEventChange.eventDescribed(updated.eventId(), updated.version(),
                        updated.title(), updated.venue(), zoneOf(updated));
                log.info("Event {} updated to version {}: {} holders told of a new venue or time zone (event {})",
                        updated.eventId(), updated.version(), mailed, event.id());
            });
        } else {
            return;
        }
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", type, record.topic(), record.partition(), record.offset());
        }
    }

    private static void requireEventId(UUID eventId, String type) {
        if (eventId == null) {
            throw new MalformedEventException(type + " without eventId, which its schema requires", null);
        }
    }

    /** Null leads leave the event to the default; leads the schedule refuses would fail the same way every time. */
    private static ReminderSchedule schedule(UUID eventId, List<Duration> leads) {
        try {
            return leads == null ? null : new ReminderSchedule(leads);
        } catch (InvalidInput | NullPointerException e) {
            throw new MalformedEventException("Unusable reminder lead times for event " + eventId + ": " + leads, e);
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
