package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferAccepted;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventCompleted;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.notification.application.webhook.RecordingWebhookEvents;
import com.evently.ticketing.notification.domain.webhook.WebhookEvent;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.function.Function;

/**
 * Queues webhook deliveries for the integration events partners can subscribe to, and learns each event's
 * organizer from the catalog events on the way. A consumer group of its own: the mail listeners in this service
 * read the same topics, and sharing their group would split the partitions between them. Starting from the
 * earliest offset, a fresh deployment learns the organizers of events published before it.
 *
 * <p>No inbox row: a delivery is unique per subscription and event id, and a subscription receives only events that
 * occurred after it was made, so a redelivered event queues nothing twice and nothing new (the inbox row was one
 * insert per booking, and one delete by the purge, that recognised nothing the deliveries did not).
 */
public class WebhookEventsListener {

    /** The service's consumer group with a suffix: a group of its own, named after the service's. */
    static final String GROUP = "${spring.kafka.consumer.group-id}.webhooks";

    private static final Logger log = LoggerFactory.getLogger(WebhookEventsListener.class);

    private final IdempotentConsumer idempotentConsumer;
    private final RecordingWebhookEvents recordingWebhookEvents;
    private final Map<String, Handler<?>> handlers;

    public WebhookEventsListener(IdempotentConsumer idempotentConsumer, RecordingWebhookEvents recordingWebhookEvents,
                                 JsonMapper json) {
        this.idempotentConsumer = idempotentConsumer;
        this.recordingWebhookEvents = recordingWebhookEvents;
        WebhookPayloads payloads = new WebhookPayloads(json);
        this.handlers = Map.of(
                EventTypes.BOOKING_CONFIRMED, new Handler<>(BookingConfirmed.class, payloads::bookingConfirmed),
                EventTypes.BOOKING_CHANGED, new Handler<>(BookingChanged.class, payloads::bookingChanged),
                EventTypes.BOOKING_CANCELLED, new Handler<>(BookingCancelled.class, payloads::bookingCancelled),
                EventTypes.TICKET_TRANSFERRED, new Handler<>(TicketTransferred.class, payloads::ticketTransferred),
                EventTypes.TICKET_CHECKED_IN, new Handler<>(TicketCheckedIn.class, payloads::ticketCheckedIn),
                EventTypes.EVENT_PUBLISHED, new Handler<>(EventPublished.class, payloads::eventPublished),
                EventTypes.EVENT_UPDATED, new Handler<>(EventUpdated.class, payloads::eventUpdated),
                EventTypes.EVENT_CANCELLED, new Handler<>(EventCancelled.class, payloads::eventCancelled),
                EventTypes.EVENT_COMPLETED, new Handler<>(EventCompleted.class, payloads::eventCompleted),
                EventTypes.WAITLIST_OFFER_ACCEPTED,
                new Handler<>(WaitlistOfferAccepted.class, payloads::waitlistOfferAccepted));
    }

    @KafkaListener(groupId = GROUP, topics = {Topics.CATALOG_EVENTS, Topics.BOOKING_EVENTS, Topics.TICKET_EVENTS})
    public void on(ConsumerRecord<String, String> record) {
        Handler<?> handler = handlers.get(IncomingEvent.typeOf(record));
        if (handler != null) {
            handler.consume(record);
        }
    }

    private final class Handler<T> {

        private final Class<T> payloadType;
        private final Function<IncomingEvent<T>, WebhookEvent> toWebhookEvent;

        Handler(Class<T> payloadType, Function<IncomingEvent<T>, WebhookEvent> toWebhookEvent) {
            this.payloadType = payloadType;
            this.toWebhookEvent = toWebhookEvent;
        }

        void consume(ConsumerRecord<String, String> record) {
            idempotentConsumer.consumeKeyedByEventId(record, payloadType, event -> {
                WebhookEvent webhookEvent = toWebhookEvent.apply(event);
                int queued = recordingWebhookEvents.record(webhookEvent);
                if (queued > 0) {
                    log.info("{} {} queued for {} webhook subscriptions", webhookEvent.type().publicName(),
                            event.id(), queued);
                }
            });
        }
    }
}
