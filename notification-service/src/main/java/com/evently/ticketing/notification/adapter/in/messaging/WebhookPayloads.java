package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.Money;
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
import com.evently.ticketing.notification.domain.webhook.WebhookEvent;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The public webhook payloads: {@code {"id", "type", "timestamp", "data"}}, where {@code data} holds ids, counts,
 * times and the organizer's own event details, and nothing personal: no buyer or holder names or e-mail addresses,
 * no ticket codes or QR payloads (a partner with the {@code bookings:read} or {@code attendees:read} scope asks the
 * API for those). Absent values are left out. The shapes are documented in the service's README; changing one is a
 * change of the public contract.
 */
final class WebhookPayloads {

    private final JsonMapper json;

    WebhookPayloads(JsonMapper json) {
        this.json = json;
    }

    WebhookEvent bookingConfirmed(IncomingEvent<BookingConfirmed> event) {
        BookingConfirmed booking = event.payload();
        require(booking.bookingId(), booking.eventId(), event);
        Map<String, Object> data = data();
        data.put("bookingId", booking.bookingId());
        data.put("eventId", booking.eventId());
        data.put("sessionId", booking.sessionId());
        data.put("ticketTypeId", booking.ticketTypeId());
        data.put("quantity", booking.quantity());
        data.put("unitPrice", booking.event() == null ? null : money(booking.event().unitPrice()));
        data.put("occurredAt", text(booking.occurredAt()));
        return forBooking(event, WebhookEventType.BOOKING_CONFIRMED, booking.bookingId(), booking.eventId(),
                booking.occurredAt(), data);
    }

    WebhookEvent bookingChanged(IncomingEvent<BookingChanged> event) {
        BookingChanged booking = event.payload();
        require(booking.bookingId(), booking.eventId(), event);
        Map<String, Object> data = data();
        data.put("bookingId", booking.bookingId());
        data.put("eventId", booking.eventId());
        data.put("revision", booking.revision());
        data.put("previous", line(booking.previous()));
        data.put("current", line(booking.current()));
        data.put("occurredAt", text(booking.occurredAt()));
        return forBooking(event, WebhookEventType.BOOKING_CHANGED, booking.bookingId(), booking.eventId(),
                booking.occurredAt(), data);
    }

    WebhookEvent bookingCancelled(IncomingEvent<BookingCancelled> event) {
        BookingCancelled booking = event.payload();
        require(booking.bookingId(), booking.eventId(), event);
        Map<String, Object> data = data();
        data.put("bookingId", booking.bookingId());
        data.put("eventId", booking.eventId());
        data.put("sessionId", booking.sessionId());
        data.put("ticketTypeId", booking.ticketTypeId());
        data.put("quantity", booking.quantity());
        data.put("cause", booking.cause() == null ? null : booking.cause().name());
        data.put("occurredAt", text(booking.occurredAt()));
        return forBooking(event, WebhookEventType.BOOKING_CANCELLED, booking.bookingId(), booking.eventId(),
                booking.occurredAt(), data);
    }

    WebhookEvent waitlistOfferAccepted(IncomingEvent<WaitlistOfferAccepted> event) {
        WaitlistOfferAccepted offer = event.payload();
        require(offer.bookingId(), offer.eventId(), event);
        Map<String, Object> data = data();
        data.put("offerId", offer.offerId());
        data.put("bookingId", offer.bookingId());
        data.put("eventId", offer.eventId());
        data.put("sessionId", offer.sessionId());
        data.put("ticketTypeId", offer.ticketTypeId());
        data.put("quantity", offer.quantity());
        data.put("occurredAt", text(offer.occurredAt()));
        // keyed by the booking it became, so it stays in order with that booking's confirmation
        return forBooking(event, WebhookEventType.WAITLIST_OFFER_ACCEPTED, offer.bookingId(), offer.eventId(),
                offer.occurredAt(), data);
    }

    WebhookEvent ticketTransferred(IncomingEvent<TicketTransferred> event) {
        TicketTransferred ticket = event.payload();
        require(ticket.bookingId(), ticket.eventId(), event);
        Map<String, Object> data = data();
        data.put("ticketId", ticket.ticketId());
        data.put("previousTicketId", ticket.previousTicketId());
        data.put("bookingId", ticket.bookingId());
        data.put("eventId", ticket.eventId());
        data.put("sessionId", ticket.sessionId());
        data.put("ticketTypeId", ticket.ticketTypeId());
        data.put("seatId", ticket.seatId());
        data.put("occurredAt", text(ticket.occurredAt()));
        return forBooking(event, WebhookEventType.TICKET_TRANSFERRED, ticket.bookingId(), ticket.eventId(),
                ticket.occurredAt(), data);
    }

    WebhookEvent ticketCheckedIn(IncomingEvent<TicketCheckedIn> event) {
        TicketCheckedIn ticket = event.payload();
        require(ticket.bookingId(), ticket.eventId(), event);
        Map<String, Object> data = data();
        data.put("ticketId", ticket.ticketId());
        data.put("bookingId", ticket.bookingId());
        data.put("eventId", ticket.eventId());
        data.put("sessionId", ticket.sessionId());
        data.put("ticketTypeId", ticket.ticketTypeId());
        data.put("seatId", ticket.seatId());
        data.put("gate", ticket.gate());
        data.put("checkedInAt", text(ticket.checkedInAt()));
        data.put("offline", ticket.offline());
        data.put("occurredAt", text(ticket.occurredAt()));
        return forBooking(event, WebhookEventType.TICKET_CHECKED_IN, ticket.bookingId(), ticket.eventId(),
                ticket.occurredAt(), data);
    }

    WebhookEvent eventPublished(IncomingEvent<EventPublished> event) {
        EventPublished published = event.payload();
        require(published.eventId(), published.organizerId(), event);
        Map<String, Object> data = data();
        data.put("eventId", published.eventId());
        data.put("title", published.title());
        data.put("venue", published.venue());
        data.put("timeZone", published.timeZone());
        data.put("sessions", published.sessions() == null ? null : published.sessions().stream().map(session -> {
            Map<String, Object> described = data();
            described.put("sessionId", session.sessionId());
            described.put("name", session.name());
            described.put("startsAt", text(session.startsAt()));
            described.put("endsAt", text(session.endsAt()));
            return withoutAbsent(described);
        }).toList());
        data.put("ticketTypes", published.ticketTypes() == null ? null : published.ticketTypes().stream().map(type -> {
            Map<String, Object> described = data();
            described.put("ticketTypeId", type.ticketTypeId());
            described.put("name", type.name());
            described.put("price", money(type.price()));
            described.put("capacity", type.capacity());
            return withoutAbsent(described);
        }).toList());
        data.put("publishedAt", text(published.publishedAt()));
        return forEvent(event, WebhookEventType.EVENT_PUBLISHED, published.eventId(), published.organizerId(),
                published.publishedAt(), data);
    }

    WebhookEvent eventUpdated(IncomingEvent<EventUpdated> event) {
        EventUpdated updated = event.payload();
        require(updated.eventId(), updated.organizerId(), event);
        Map<String, Object> data = data();
        data.put("eventId", updated.eventId());
        data.put("version", updated.version());
        data.put("title", updated.title());
        data.put("description", updated.description());
        data.put("venue", updated.venue());
        data.put("timeZone", updated.timeZone());
        data.put("updatedAt", text(updated.updatedAt()));
        return forEvent(event, WebhookEventType.EVENT_UPDATED, updated.eventId(), updated.organizerId(),
                updated.updatedAt(), data);
    }

    WebhookEvent eventCancelled(IncomingEvent<EventCancelled> event) {
        EventCancelled cancelled = event.payload();
        require(cancelled.eventId(), cancelled.organizerId(), event);
        Map<String, Object> data = data();
        data.put("eventId", cancelled.eventId());
        data.put("reason", cancelled.reason());
        data.put("cancelledAt", text(cancelled.cancelledAt()));
        return forEvent(event, WebhookEventType.EVENT_CANCELLED, cancelled.eventId(), cancelled.organizerId(),
                cancelled.cancelledAt(), data);
    }

    WebhookEvent eventCompleted(IncomingEvent<EventCompleted> event) {
        EventCompleted completed = event.payload();
        require(completed.eventId(), completed.organizerId(), event);
        Map<String, Object> data = data();
        data.put("eventId", completed.eventId());
        data.put("completedAt", text(completed.completedAt()));
        return forEvent(event, WebhookEventType.EVENT_COMPLETED, completed.eventId(), completed.organizerId(),
                completed.completedAt(), data);
    }

    private WebhookEvent forBooking(IncomingEvent<?> event, WebhookEventType type, UUID bookingId, UUID eventId,
                                    Instant occurredAt, Map<String, Object> data) {
        Instant at = when(event, occurredAt);
        return new WebhookEvent(event.id(), type, eventId, null, "booking:" + bookingId, at,
                envelope(event.id(), type, at, data));
    }

    private WebhookEvent forEvent(IncomingEvent<?> event, WebhookEventType type, UUID eventId, UUID organizerId,
                                  Instant occurredAt, Map<String, Object> data) {
        Instant at = when(event, occurredAt);
        return new WebhookEvent(event.id(), type, eventId, organizerId, "event:" + eventId, at,
                envelope(event.id(), type, at, data));
    }

    private String envelope(UUID id, WebhookEventType type, Instant at, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.put("type", type.publicName());
        envelope.put("timestamp", at.toString());
        envelope.put("data", withoutAbsent(data));
        return json.writeValueAsString(envelope);
    }

    private static Instant when(IncomingEvent<?> event, Instant occurredAt) {
        if (occurredAt != null) {
            return occurredAt;
        }
        return event.time() != null ? event.time() : Instant.now();
    }

    private static Map<String, Object> line(BookingChanged.Line line) {
        if (line == null) {
            return null;
        }
        Map<String, Object> described = data();
        described.put("sessionId", line.sessionId());
        described.put("ticketTypeId", line.ticketTypeId());
        described.put("quantity", line.quantity());
        return withoutAbsent(described);
    }

    private static Map<String, Object> money(Money money) {
        if (money == null) {
            return null;
        }
        Map<String, Object> described = data();
        described.put("amount", money.amount());
        described.put("currency", money.currency());
        return withoutAbsent(described);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Map<String, Object> data() {
        return new LinkedHashMap<>();
    }

    private static Map<String, Object> withoutAbsent(Map<String, Object> values) {
        values.values().removeIf(value -> value == null || (value instanceof List<?> list && list.isEmpty()));
        return values;
    }

    /** The same payload fails the same way on every retry: straight to the dead-letter topic. */
    private static void require(UUID first, UUID second, IncomingEvent<?> event) {
        if (first == null || second == null) {
            throw new MalformedEventException(event.type() + " " + event.id()
                    + " lacks an id its schema requires", null);
        }
    }
}
