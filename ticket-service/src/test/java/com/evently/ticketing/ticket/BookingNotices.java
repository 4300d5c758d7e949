package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.testsupport.TestEventBus;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.testsupport.ContractAssertions.assertMatchesSchema;

/** BookingChanged and BookingCancelled messages as booking-service publishes them about a confirmed booking. */
final class BookingNotices {

    private final JsonMapper json;

    BookingNotices(JsonMapper json) {
        this.json = json;
    }

    /** The booking now holds {@code seatIds}; what it released and added is worked out from the confirmation. */
    static BookingChanged changed(BookingConfirmed confirmed, int revision, List<UUID> previousSeats,
                                  List<UUID> seatIds) {
        return new BookingChanged(confirmed.bookingId(), revision, confirmed.userId(), confirmed.buyerEmail(),
                confirmed.buyerName(), confirmed.eventId(),
                new BookingChanged.Line(confirmed.sessionId(), confirmed.ticketTypeId(), previousSeats.size()),
                new BookingChanged.Line(confirmed.sessionId(), confirmed.ticketTypeId(), seatIds.size()),
                seatIds,
                previousSeats.stream().filter(seat -> !seatIds.contains(seat)).toList(),
                seatIds.stream().filter(seat -> !previousSeats.contains(seat)).toList(),
                confirmed.event(), confirmed.userId(), Instant.now());
    }

    static BookingCancelled cancelled(BookingConfirmed confirmed, BookingCancelled.Cause cause, String reason) {
        return new BookingCancelled(confirmed.bookingId(), confirmed.userId(), confirmed.buyerEmail(),
                confirmed.buyerName(), confirmed.eventId(), confirmed.sessionId(), confirmed.ticketTypeId(),
                confirmed.quantity(), confirmed.seatIds(), cause, reason,
                cause == BookingCancelled.Cause.EVENT_CANCELLED ? null : confirmed.userId(), confirmed.event(),
                Instant.now());
    }

    /** Publishes as a new event and returns its {@code ce_id}. */
    String publish(BookingChanged message) {
        return publish(EventTypes.BOOKING_CHANGED, message.bookingId(), message);
    }

    String publish(BookingCancelled message) {
        return publish(EventTypes.BOOKING_CANCELLED, message.bookingId(), message);
    }

    /** Publishes again under a known {@code ce_id}: a redelivery. */
    void publish(BookingChanged message, String eventId) {
        TestEventBus.publish(EventTypes.BOOKING_CHANGED, message.bookingId().toString(),
                json.writeValueAsString(message), eventId);
    }

    private String publish(String type, UUID bookingId, Object message) {
        String payload = json.writeValueAsString(message);
        // what this test sends must be what booking-service may send
        assertMatchesSchema(type, payload);
        return TestEventBus.publish(type, bookingId.toString(), payload);
    }
}
