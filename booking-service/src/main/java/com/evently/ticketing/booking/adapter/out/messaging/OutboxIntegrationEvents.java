package com.evently.ticketing.booking.adapter.out.messaging;

import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingConfirmedEvent;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

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

    static BookingConfirmed contractOf(BookingConfirmedEvent event) {
        Booking booking = event.booking();
        EventSnapshot.Session session = event.session();
        EventSnapshot.TicketType ticketType = event.ticketType();
        BookingConfirmed.EventSnapshot snapshot = new BookingConfirmed.EventSnapshot(
                event.event().title(),
                event.event().venue(),
                event.event().timeZone(),
                session.name(),
                session.startsAt(),
                session.endsAt(),
                ticketType.name(),
                new Money(ticketType.price().amount().toPlainString(), ticketType.price().currency()));
        return new BookingConfirmed(
                booking.id().value(),
                booking.buyer().userId(),
                booking.buyer().email(),
                booking.buyer().name(),
                booking.line().eventId(),
                booking.line().sessionId(),
                booking.line().ticketTypeId(),
                booking.quantity(),
                booking.seats().stream().map(SeatId::value).toList(),
                snapshot,
                event.occurredAt());
    }
}
