package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferMade;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.contracts.ticket.TicketCheckInUndone;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.contracts.ticket.TicketsVoided;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Plays event-service and booking-service: builds their integration events and publishes them to the test
 * broker, keyed by aggregate id like their outboxes do. Every payload is checked against its contract first,
 * so the tests never feed the service something the real producers could not send.
 */
final class IntegrationEventFeed {

    private static final Instant DAY_ONE = Instant.parse("2027-03-01T09:00:00Z");

    private final JsonMapper json;

    IntegrationEventFeed(JsonMapper json) {
        this.json = json;
    }

    /** An event with {@code sessionCount} sessions, each offering one ticket type per entry of {@code seats}. */
    EventPublished eventPublished(UUID eventId, UUID organizerId, int sessionCount, int... seats) {
        return eventPublished(eventId, organizerId, new Money("25.00", "EUR"), sessionCount, seats);
    }

    /** Like {@link #eventPublished(UUID, UUID, int, int...)}, every ticket type at {@code price}. */
    EventPublished eventPublished(UUID eventId, UUID organizerId, Money price, int sessionCount, int... seats) {
        List<EventPublished.Session> sessions = IntStream.range(0, sessionCount)
                .mapToObj(day -> new EventPublished.Session(UUID.randomUUID(), "Day " + (day + 1),
                        DAY_ONE.plus(day, ChronoUnit.DAYS), DAY_ONE.plus(day, ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS)))
                .toList();
        List<EventPublished.TicketType> ticketTypes = Arrays.stream(seats)
                .mapToObj(capacity -> new EventPublished.TicketType(UUID.randomUUID(), capacity + "-seat tier",
                        price, capacity, null))
                .toList();
        return new EventPublished(eventId, organizerId, "Java Day " + eventId.toString().substring(0, 8),
                "Hall A, Lisbon", "Europe/Lisbon", sessions, ticketTypes, Instant.now());
    }

    BookingConfirmed bookingConfirmed(UUID eventId, int quantity) {
        return bookingConfirmed(eventId, UUID.randomUUID(), UUID.randomUUID(), quantity);
    }

    /** A booking of one line of the event: {@code event}'s session {@code session} and ticket type {@code tier}. */
    BookingConfirmed bookingConfirmed(EventPublished event, int session, int tier, int quantity) {
        return bookingConfirmed(event.eventId(), event.sessions().get(session).sessionId(),
                event.ticketTypes().get(tier).ticketTypeId(), quantity);
    }

    /** A booking of one line made at {@code at}, priced like the line's ticket type. */
    BookingConfirmed bookingConfirmed(EventPublished event, int session, int tier, int quantity, UUID userId,
                                      Instant at) {
        return new BookingConfirmed(UUID.randomUUID(), userId, "ana@example.com", "Ana Diaz", event.eventId(),
                event.sessions().get(session).sessionId(), event.ticketTypes().get(tier).ticketTypeId(), quantity,
                seats(quantity), snapshot(event, session, tier), at);
    }

    /** The booking's {@code revision}-th edit at {@code at}, priced like the new line's ticket type. */
    BookingChanged bookingChanged(BookingConfirmed booking, int revision, BookingChanged.Line previous,
                                  EventPublished event, int session, int tier, int quantity, Instant at) {
        BookingChanged changed = bookingChanged(booking, revision, previous, event, session, tier, quantity);
        return new BookingChanged(changed.bookingId(), revision, changed.userId(), changed.buyerEmail(),
                changed.buyerName(), changed.eventId(), previous, changed.current(), changed.seatIds(), List.of(),
                List.of(), snapshot(event, session, tier), changed.changedBy(), at);
    }

    /** The booking cancelled at {@code at} while it held {@code line}. */
    BookingCancelled bookingCancelled(BookingConfirmed booking, BookingChanged.Line line,
                                      BookingCancelled.Cause cause, Instant at) {
        BookingCancelled cancelled = bookingCancelled(booking, line, cause);
        return new BookingCancelled(cancelled.bookingId(), cancelled.userId(), cancelled.buyerEmail(),
                cancelled.buyerName(), cancelled.eventId(), cancelled.sessionId(), cancelled.ticketTypeId(),
                cancelled.quantity(), cancelled.seatIds(), cause, null, cancelled.cancelledBy(), null, at);
    }

    WaitlistOfferMade waitlistOfferMade(EventPublished event, int session, int tier, int quantity, UUID userId,
                                        Instant at) {
        return new WaitlistOfferMade(UUID.randomUUID(), userId, "ana@example.com", "Ana Diaz", event.eventId(),
                event.sessions().get(session).sessionId(), event.ticketTypes().get(tier).ticketTypeId(), quantity,
                at.plus(30, ChronoUnit.MINUTES), snapshot(event, session, tier), at);
    }

    private static BookingConfirmed.EventSnapshot snapshot(EventPublished event, int session, int tier) {
        EventPublished.Session theSession = event.sessions().get(session);
        EventPublished.TicketType ticketType = event.ticketTypes().get(tier);
        return new BookingConfirmed.EventSnapshot(event.title(), event.venue(), event.timeZone(), theSession.name(),
                theSession.startsAt(), theSession.endsAt(), ticketType.name(), ticketType.price());
    }

    private BookingConfirmed bookingConfirmed(UUID eventId, UUID sessionId, UUID ticketTypeId, int quantity) {
        return new BookingConfirmed(UUID.randomUUID(), UUID.randomUUID(), "ana@example.com", "Ana Diaz",
                eventId, sessionId, ticketTypeId, quantity, seats(quantity), null, Instant.now());
    }

    /** The booking's {@code revision}-th edit, moving it to {@code event}'s session and tier with that quantity. */
    BookingChanged bookingChanged(BookingConfirmed booking, int revision, BookingChanged.Line previous,
                                  EventPublished event, int session, int tier, int quantity) {
        BookingChanged.Line current = new BookingChanged.Line(event.sessions().get(session).sessionId(),
                event.ticketTypes().get(tier).ticketTypeId(), quantity);
        return new BookingChanged(booking.bookingId(), revision, booking.userId(), booking.buyerEmail(),
                booking.buyerName(), booking.eventId(), previous, current, seats(quantity), List.of(), List.of(),
                null, booking.userId(), Instant.now());
    }

    static BookingChanged.Line lineOf(BookingConfirmed booking) {
        return new BookingChanged.Line(booking.sessionId(), booking.ticketTypeId(), booking.quantity());
    }

    /** The booking cancelled while it held {@code line}. */
    BookingCancelled bookingCancelled(BookingConfirmed booking, BookingChanged.Line line,
                                      BookingCancelled.Cause cause) {
        return new BookingCancelled(booking.bookingId(), booking.userId(), booking.buyerEmail(), booking.buyerName(),
                booking.eventId(), line.sessionId(), line.ticketTypeId(), line.quantity(), seats(line.quantity()),
                cause, null, cause == BookingCancelled.Cause.EVENT_CANCELLED ? null : booking.userId(), null,
                Instant.now());
    }

    EventCancelled eventCancelled(EventPublished event, Instant cancelledAt) {
        return new EventCancelled(event.eventId(), event.organizerId(), "The venue is flooded", cancelledAt);
    }

    /** Plays ticket-service: the ticket {@code ticketId} of the booking, on the line it held, scanned at {@code at}. */
    TicketCheckedIn ticketCheckedIn(BookingConfirmed booking, BookingChanged.Line line, UUID ticketId, Instant at) {
        return new TicketCheckedIn(ticketId, booking.bookingId(), booking.eventId(), line.sessionId(),
                line.ticketTypeId(), UUID.randomUUID(), "Gate 1", UUID.randomUUID(), at, false, UUID.randomUUID(),
                null, at);
    }

    /**
     * What a sealed admission code looks like on the wire (a compact JWE): analytics never holds the key and never
     * reads the code, so any well-formed value will do.
     */
    private static final String SEALED_CODE = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y2lwaGVydGV4dA.dGFn";

    /** Plays ticket-service: a ticket for each of the booking's seats. */
    TicketsIssued ticketsIssued(BookingConfirmed booking) {
        List<TicketsIssued.IssuedTicket> tickets = booking.seatIds().stream()
                .map(seat -> new TicketsIssued.IssuedTicket(UUID.randomUUID(), seat, SEALED_CODE))
                .toList();
        return new TicketsIssued(booking.bookingId(), booking.userId(), booking.buyerEmail(), booking.buyerName(),
                booking.eventId(), null, null, null, null, null, null, tickets, Instant.now());
    }

    /** Plays ticket-service: {@code ticket} of the booking made out to someone else under a new ticket id. */
    TicketTransferred ticketTransferred(BookingConfirmed booking, TicketsIssued.IssuedTicket ticket) {
        return new TicketTransferred(UUID.randomUUID(), ticket.ticketId(), booking.bookingId(), booking.eventId(),
                booking.sessionId(), booking.ticketTypeId(), ticket.seatId(), "bo@example.com", "Bo Lind",
                booking.buyerEmail(), booking.buyerName(), null, null, null, booking.userId(), Instant.now());
    }

    /** Plays ticket-service: the ticket a transfer held for a claim, claimed by {@code account} as {@code email}. */
    TicketClaimed ticketClaimed(TicketTransferred transferred, UUID account, String email) {
        return new TicketClaimed(transferred.ticketId(), transferred.bookingId(), transferred.eventId(),
                transferred.sessionId(), transferred.ticketTypeId(), transferred.seatId(), account, email, "Bo Lind",
                transferred.holderEmail(), Instant.now());
    }

    /** Plays ticket-service: {@code tickets} of the booking voided because an edit released their seats. */
    TicketsVoided ticketsVoided(BookingConfirmed booking, List<TicketsIssued.IssuedTicket> tickets) {
        return new TicketsVoided(booking.bookingId(), booking.eventId(), TicketsVoided.Reason.BOOKING_CHANGED,
                tickets.stream().map(ticket -> new TicketsVoided.VoidedTicket(ticket.ticketId(), booking.sessionId(),
                        booking.ticketTypeId(), ticket.seatId())).toList(), Instant.now());
    }

    /** Plays ticket-service: the admission of {@code ticketId} undone by the organizer. */
    TicketCheckInUndone checkInUndone(BookingConfirmed booking, UUID ticketId) {
        return new TicketCheckInUndone(ticketId, booking.bookingId(), booking.eventId(), booking.sessionId(),
                booking.ticketTypeId(), UUID.randomUUID(), UUID.randomUUID(), Instant.now());
    }

    private static List<UUID> seats(int quantity) {
        return IntStream.range(0, quantity).mapToObj(seat -> UUID.randomUUID()).toList();
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(EventPublished event) {
        return TestEventBus.publish(EventTypes.EVENT_PUBLISHED, event.eventId().toString(),
                payload(EventTypes.EVENT_PUBLISHED, event));
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(BookingConfirmed booking) {
        return TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, booking.bookingId().toString(),
                payload(EventTypes.BOOKING_CONFIRMED, booking));
    }

    /** Publishes with a chosen {@code ce_id}: the same id twice is a redelivery. */
    void publish(BookingConfirmed booking, String eventId) {
        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, booking.bookingId().toString(),
                payload(EventTypes.BOOKING_CONFIRMED, booking), eventId);
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(EventCancelled cancelled) {
        return TestEventBus.publish(EventTypes.EVENT_CANCELLED, cancelled.eventId().toString(),
                payload(EventTypes.EVENT_CANCELLED, cancelled));
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(BookingChanged changed) {
        return TestEventBus.publish(EventTypes.BOOKING_CHANGED, changed.bookingId().toString(),
                payload(EventTypes.BOOKING_CHANGED, changed));
    }

    /** Publishes with a chosen {@code ce_id}: the same id twice is a redelivery. */
    void publish(BookingChanged changed, String eventId) {
        TestEventBus.publish(EventTypes.BOOKING_CHANGED, changed.bookingId().toString(),
                payload(EventTypes.BOOKING_CHANGED, changed), eventId);
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(BookingCancelled cancelled) {
        return TestEventBus.publish(EventTypes.BOOKING_CANCELLED, cancelled.bookingId().toString(),
                payload(EventTypes.BOOKING_CANCELLED, cancelled));
    }

    /** Publishes with a chosen {@code ce_id}: the same id twice is a redelivery. */
    void publish(BookingCancelled cancelled, String eventId) {
        TestEventBus.publish(EventTypes.BOOKING_CANCELLED, cancelled.bookingId().toString(),
                payload(EventTypes.BOOKING_CANCELLED, cancelled), eventId);
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(WaitlistOfferMade offer) {
        return TestEventBus.publish(EventTypes.WAITLIST_OFFER_MADE, offer.offerId().toString(),
                payload(EventTypes.WAITLIST_OFFER_MADE, offer));
    }

    /** The catalog's {@code version}-th description of the event, under a new title. */
    String publishUpdate(EventPublished event, String title, long version) {
        EventUpdated updated = new EventUpdated(event.eventId(), event.organizerId(), title, "…", event.venue(),
                event.timeZone(), version, Instant.now());
        return TestEventBus.publish(EventTypes.EVENT_UPDATED, event.eventId().toString(),
                payload(EventTypes.EVENT_UPDATED, updated));
    }

    /** Publishes as a new integration event keyed by the booking, like ticket-service; returns its {@code ce_id}. */
    String publish(TicketCheckedIn checkedIn) {
        return TestEventBus.publish(EventTypes.TICKET_CHECKED_IN, checkedIn.bookingId().toString(),
                payload(EventTypes.TICKET_CHECKED_IN, checkedIn));
    }

    /** Publishes with a chosen {@code ce_id}: the same id twice is a redelivery. */
    void publish(TicketCheckedIn checkedIn, String eventId) {
        TestEventBus.publish(EventTypes.TICKET_CHECKED_IN, checkedIn.bookingId().toString(),
                payload(EventTypes.TICKET_CHECKED_IN, checkedIn), eventId);
    }

    /** Publishes as a new integration event keyed by the booking, like ticket-service; returns its {@code ce_id}. */
    String publish(TicketsIssued issued) {
        return TestEventBus.publish(EventTypes.TICKETS_ISSUED, issued.bookingId().toString(),
                payload(EventTypes.TICKETS_ISSUED, issued));
    }

    /** Publishes as a new integration event keyed by the booking, like ticket-service; returns its {@code ce_id}. */
    String publish(TicketsVoided voided) {
        return TestEventBus.publish(EventTypes.TICKETS_VOIDED, voided.bookingId().toString(),
                payload(EventTypes.TICKETS_VOIDED, voided));
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(TicketCheckInUndone undone) {
        return TestEventBus.publish(EventTypes.TICKET_CHECK_IN_UNDONE, undone.bookingId().toString(),
                payload(EventTypes.TICKET_CHECK_IN_UNDONE, undone));
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(TicketTransferred transferred) {
        return TestEventBus.publish(EventTypes.TICKET_TRANSFERRED, transferred.bookingId().toString(),
                payload(EventTypes.TICKET_TRANSFERRED, transferred));
    }

    /** Publishes as a new integration event keyed by the booking, like ticket-service; returns its {@code ce_id}. */
    String publish(TicketClaimed claimed) {
        return TestEventBus.publish(EventTypes.TICKET_CLAIMED, claimed.bookingId().toString(),
                payload(EventTypes.TICKET_CLAIMED, claimed));
    }

    /** Plays identity-service announcing an account. */
    String publish(UserRegistered registered) {
        return TestEventBus.publish(EventTypes.USER_REGISTERED, registered.userId().toString(),
                payload(EventTypes.USER_REGISTERED, registered));
    }

    private String payload(String eventType, Object event) {
        String payload = json.writeValueAsString(event);
        ContractAssertions.assertMatchesSchema(eventType, payload);
        return payload;
    }
}
