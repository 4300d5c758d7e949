package com.evently.ticketing.booking.adapter.out.messaging;

import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingCancelledEvent;
import com.evently.ticketing.booking.domain.BookingChangedEvent;
import com.evently.ticketing.booking.domain.BookingConfirmedEvent;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** Domain events → integration contracts, written to the outbox of the current transaction (keyed by booking id). */
@Component
class OutboxIntegrationEvents implements IntegrationEvents {

    private final OutboxWriter.AggregateOutbox bookings;

    OutboxIntegrationEvents(OutboxWriter outbox) {
        this.bookings = outbox.forAggregate("Booking");
    }

    @Override
    public void bookingConfirmed(BookingConfirmedEvent event) {
        bookings.append(EventTypes.BOOKING_CONFIRMED, event.booking().id().value(), contractOf(event));
    }

    @Override
    public void bookingChanged(BookingChangedEvent event) {
        bookings.append(EventTypes.BOOKING_CHANGED, event.current().id().value(), contractOf(event));
    }

    @Override
    public void bookingCancelled(BookingCancelledEvent event) {
        bookings.append(EventTypes.BOOKING_CANCELLED, event.booking().id().value(), contractOf(event));
    }

    static BookingConfirmed contractOf(BookingConfirmedEvent event) {
        Booking booking = event.booking();
        return new BookingConfirmed(
                booking.id().value(),
                booking.buyer().userId(),
                booking.buyer().email(),
                booking.buyer().name(),
                booking.line().eventId(),
                booking.line().sessionId(),
                booking.line().ticketTypeId(),
                booking.quantity(),
                idsOf(booking.seats()),
                snapshotOf(event.event(), event.session(), event.ticketType()),
                event.occurredAt());
    }

    static BookingChanged contractOf(BookingChangedEvent event) {
        Booking previous = event.previous();
        Booking current = event.current();
        return new BookingChanged(
                current.id().value(),
                current.revision(),
                current.buyer().userId(),
                current.buyer().email(),
                current.buyer().name(),
                current.line().eventId(),
                lineOf(previous),
                lineOf(current),
                idsOf(current.seats()),
                idsOf(event.released()),
                idsOf(event.added()),
                snapshotOf(event.event(), event.session(), event.ticketType()),
                event.changedBy(),
                event.occurredAt());
    }

    static BookingCancelled contractOf(BookingCancelledEvent event) {
        Booking booking = event.booking();
        return new BookingCancelled(
                booking.id().value(),
                booking.buyer().userId(),
                booking.buyer().email(),
                booking.buyer().name(),
                booking.line().eventId(),
                booking.line().sessionId(),
                booking.line().ticketTypeId(),
                booking.quantity(),
                idsOf(booking.seats()),
                BookingCancelled.Cause.valueOf(event.cause().name()),
                event.reason(),
                event.cancelledBy(),
                snapshotOf(event.event(), event.session(), event.ticketType()),
                event.occurredAt());
    }

    private static BookingChanged.Line lineOf(Booking booking) {
        return new BookingChanged.Line(booking.line().sessionId(), booking.line().ticketTypeId(), booking.quantity());
    }

    private static List<UUID> idsOf(List<SeatId> seats) {
        return seats.stream().map(SeatId::value).toList();
    }

    /** The event as the buyer saw it, in every booking and waiting-list event that names it. */
    static BookingConfirmed.EventSnapshot snapshotOf(EventSnapshot event, EventSnapshot.Session session,
                                                     EventSnapshot.TicketType ticketType) {
        return new BookingConfirmed.EventSnapshot(
                event.title(),
                event.venue(),
                event.timeZone(),
                session.name(),
                session.startsAt(),
                session.endsAt(),
                ticketType.name(),
                new Money(ticketType.price().amount().toPlainString(), ticketType.price().currency()));
    }
}
