package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.catalog.CapacityChanged;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventCompleted;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.contracts.catalog.SessionAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeRetired;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Plays event-service: publishes EventPublished, EventUpdated and EventCancelled on the real broker, keyed by
 * event id, as event-service's outbox relay would.
 */
final class CatalogEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A fresh event with {@code sessions} × {@code ticketTypes} lines of {@code capacity} seats each. */
    static EventPublished eventOnSale(int sessions, int ticketTypes, int capacity) {
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        return new EventPublished(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Java Day " + UUID.randomUUID().toString().substring(0, 8),
                "Hall A, Lisbon",
                "Europe/Lisbon",
                IntStream.range(0, sessions)
                        .mapToObj(day -> new EventPublished.Session(UUID.randomUUID(), "Day " + (day + 1),
                                start.plus(day, ChronoUnit.DAYS), start.plus(day, ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS)))
                        .toList(),
                IntStream.range(0, ticketTypes)
                        .mapToObj(type -> new EventPublished.TicketType(UUID.randomUUID(), type == 0 ? "Standard" : "Type " + type,
                                new Money("25.00", "EUR"), capacity, null))
                        .toList(),
                Instant.now());
    }

    /** One line of {@code capacity} seats with the catalog's own per-user limit and price. */
    static EventPublished eventOnSale(int capacity, String price, Integer maxSeatsPerUser) {
        EventPublished event = eventOnSale(1, 1, capacity);
        EventPublished.TicketType type = event.ticketTypes().getFirst();
        return new EventPublished(event.eventId(), event.organizerId(), event.title(), event.venue(), event.timeZone(),
                event.sessions(), List.of(new EventPublished.TicketType(type.ticketTypeId(), type.name(),
                new Money(price, "EUR"), capacity, maxSeatsPerUser)), event.publishedAt());
    }

    /**
     * The same event with the organizer's booking terms (contract 1.2): a cancellation cut-off and a waiting-list
     * offer lifetime, each null to leave it to booking's default.
     */
    static EventPublished withBookingTerms(EventPublished event, Duration cancellationCutoff,
                                           Duration waitlistOfferLifetime) {
        return new EventPublished(event.eventId(), event.organizerId(), event.title(), event.venue(), event.timeZone(),
                event.sessions(), event.ticketTypes(), event.publishedAt(), event.reminderLeads(), cancellationCutoff,
                waitlistOfferLifetime);
    }

    /** A single line of {@code capacity} seats. */
    static EventPublished eventOnSale(int capacity) {
        return eventOnSale(1, 1, capacity);
    }

    /** Publishes as a new event (a fresh {@code ce_id}) and returns that id. */
    static String publish(EventPublished event) {
        return TestEventBus.publish(EventTypes.EVENT_PUBLISHED, event.eventId().toString(), payloadOf(event));
    }

    /** Publishes again under an earlier {@code ce_id}: what the broker does when it redelivers a record. */
    static void redeliver(EventPublished event, String ceId) {
        TestEventBus.publish(EventTypes.EVENT_PUBLISHED, event.eventId().toString(), payloadOf(event), ceId);
    }

    /**
     * Publishes {@code marker} with the same Kafka key as {@code before}: same partition, so by the time the
     * marker's inventory exists, everything published earlier for {@code before} has been consumed.
     */
    static void publishBehind(EventPublished before, EventPublished marker) {
        TestEventBus.publish(EventTypes.EVENT_PUBLISHED, before.eventId().toString(), payloadOf(marker));
    }

    static String payloadOf(EventPublished event) {
        return payloadOf(EventTypes.EVENT_PUBLISHED, event);
    }

    /** A revision of the event's description numbered {@code version}, with a title, venue and zone of its own. */
    static EventUpdated revisionOf(EventPublished event, long version) {
        return new EventUpdated(event.eventId(), event.organizerId(),
                "Revised Java Day v" + version + " " + UUID.randomUUID().toString().substring(0, 8),
                "Now with a description", "Room " + version + ", Porto", "Europe/Madrid", version, Instant.now());
    }

    /**
     * A revision numbered {@code version} that keeps the event's description and sets its booking terms, as
     * event-service announces an organizer's edit of them (null: back to booking's default).
     */
    static EventUpdated bookingTermsOf(EventPublished event, long version, Duration cancellationCutoff,
                                       Duration waitlistOfferLifetime) {
        return new EventUpdated(event.eventId(), event.organizerId(), event.title(), null, event.venue(),
                event.timeZone(), version, Instant.now(), event.reminderLeads(), cancellationCutoff,
                waitlistOfferLifetime);
    }

    static String publish(EventUpdated update) {
        return TestEventBus.publish(EventTypes.EVENT_UPDATED, update.eventId().toString(),
                payloadOf(EventTypes.EVENT_UPDATED, update));
    }

    static void redeliver(EventUpdated update, String ceId) {
        TestEventBus.publish(EventTypes.EVENT_UPDATED, update.eventId().toString(),
                payloadOf(EventTypes.EVENT_UPDATED, update), ceId);
    }

    static EventCancelled cancellationOf(UUID eventId, String reason) {
        return new EventCancelled(eventId, UUID.randomUUID(), reason, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    static String publish(EventCancelled cancellation) {
        return TestEventBus.publish(EventTypes.EVENT_CANCELLED, cancellation.eventId().toString(),
                payloadOf(EventTypes.EVENT_CANCELLED, cancellation));
    }

    static void redeliver(EventCancelled cancellation, String ceId) {
        TestEventBus.publish(EventTypes.EVENT_CANCELLED, cancellation.eventId().toString(),
                payloadOf(EventTypes.EVENT_CANCELLED, cancellation), ceId);
    }

    /** A new session of the event, selling every ticket type the event was published with. */
    static SessionAdded sessionAddedTo(EventPublished event) {
        Instant start = event.sessions().getLast().startsAt().plus(7, ChronoUnit.DAYS);
        return new SessionAdded(event.eventId(), event.organizerId(),
                new EventPublished.Session(UUID.randomUUID(), "Encore", start, start.plus(8, ChronoUnit.HOURS)),
                event.ticketTypes(), Instant.now());
    }

    static TicketTypeAdded ticketTypeAddedTo(EventPublished event, int capacity) {
        return new TicketTypeAdded(event.eventId(), event.organizerId(),
                new EventPublished.TicketType(UUID.randomUUID(), "Balcony", new Money("15.00", "EUR"), capacity, null),
                sessionIds(event), Instant.now());
    }

    static String publish(SessionAdded added) {
        return TestEventBus.publish(EventTypes.SESSION_ADDED, added.eventId().toString(),
                payloadOf(EventTypes.SESSION_ADDED, added));
    }

    static String publish(TicketTypeAdded added) {
        return TestEventBus.publish(EventTypes.TICKET_TYPE_ADDED, added.eventId().toString(),
                payloadOf(EventTypes.TICKET_TYPE_ADDED, added));
    }

    static String publish(TicketTypeRetired retired) {
        return TestEventBus.publish(EventTypes.TICKET_TYPE_RETIRED, retired.eventId().toString(),
                payloadOf(EventTypes.TICKET_TYPE_RETIRED, retired));
    }

    static EventCompleted completionOf(EventPublished event) {
        return new EventCompleted(event.eventId(), event.organizerId(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    static String publish(EventCompleted completion) {
        return TestEventBus.publish(EventTypes.EVENT_COMPLETED, completion.eventId().toString(),
                payloadOf(EventTypes.EVENT_COMPLETED, completion));
    }

    static void redeliver(EventCompleted completion, String ceId) {
        TestEventBus.publish(EventTypes.EVENT_COMPLETED, completion.eventId().toString(),
                payloadOf(EventTypes.EVENT_COMPLETED, completion), ceId);
    }

    static CapacityChanged capacityChangeOf(EventPublished event, int capacity) {
        return new CapacityChanged(event.eventId(), event.organizerId(), firstTicketType(event), capacity,
                UUID.randomUUID(), Instant.now());
    }

    static String publish(CapacityChanged change) {
        return TestEventBus.publish(EventTypes.CAPACITY_CHANGED, change.eventId().toString(),
                payloadOf(EventTypes.CAPACITY_CHANGED, change));
    }

    private static String payloadOf(String eventType, Object event) {
        String payload = JSON.writeValueAsString(event);
        ContractAssertions.assertMatchesSchema(eventType, payload);
        return payload;
    }

    static UUID firstSession(EventPublished event) {
        return event.sessions().getFirst().sessionId();
    }

    static UUID firstTicketType(EventPublished event) {
        return event.ticketTypes().getFirst().ticketTypeId();
    }

    static List<UUID> sessionIds(EventPublished event) {
        return event.sessions().stream().map(EventPublished.Session::sessionId).toList();
    }

    static List<UUID> ticketTypeIds(EventPublished event) {
        return event.ticketTypes().stream().map(EventPublished.TicketType::ticketTypeId).toList();
    }

    private CatalogEvents() {
    }
}
