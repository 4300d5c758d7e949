package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Plays ticket-service: publishes TicketTransferred, TicketClaimed and TicketCheckedIn on the real broker, keyed by booking id, as
 * ticket-service's outbox relay would.
 */
final class TicketEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The transfer of {@code previousTicketId}'s seat to a new holder, at {@code at}. */
    static TicketTransferred transfer(BookingApi.Booking booking, UUID seatId, UUID previousTicketId,
                                      String holderName, String holderEmail, Instant at) {
        return new TicketTransferred(UUID.randomUUID(), previousTicketId, booking.id(), booking.eventId(),
                booking.sessionId(), booking.ticketTypeId(), seatId, holderEmail, holderName,
                "previous@example.com", "Previous Holder", "Java Day", null, null, UUID.randomUUID(),
                at.truncatedTo(ChronoUnit.MICROS));
    }

    /** The ticket {@code transfer} held for a claim, claimed by an account signing in as {@code holderEmail}. */
    static TicketClaimed claim(TicketTransferred transfer, String holderName, String holderEmail, Instant at) {
        return new TicketClaimed(transfer.ticketId(), transfer.bookingId(), transfer.eventId(), transfer.sessionId(),
                transfer.ticketTypeId(), transfer.seatId(), UUID.randomUUID(), holderEmail, holderName,
                transfer.holderEmail(), at.truncatedTo(ChronoUnit.MICROS));
    }

    static String publish(TicketClaimed claim) {
        return TestEventBus.publish(EventTypes.TICKET_CLAIMED, claim.bookingId().toString(),
                payloadOf(EventTypes.TICKET_CLAIMED, claim));
    }

    /** The ticket {@code transfer} held for a claim, not claimed in time, back with its giver. */
    static TicketReturned returned(TicketTransferred transfer, String giverName, String giverEmail, Instant at) {
        return new TicketReturned(UUID.randomUUID(), transfer.ticketId(), transfer.bookingId(), transfer.eventId(),
                transfer.sessionId(), transfer.ticketTypeId(), transfer.seatId(), UUID.randomUUID(), giverEmail,
                giverName, transfer.holderEmail(), null, null, null, at.truncatedTo(ChronoUnit.MICROS),
                at.truncatedTo(ChronoUnit.MICROS));
    }

    static String publish(TicketReturned returned) {
        return TestEventBus.publish(EventTypes.TICKET_RETURNED, returned.bookingId().toString(),
                payloadOf(EventTypes.TICKET_RETURNED, returned));
    }

    static TicketCheckedIn checkIn(BookingApi.Booking booking, UUID seatId, Instant at) {
        return new TicketCheckedIn(UUID.randomUUID(), booking.id(), booking.eventId(), booking.sessionId(),
                booking.ticketTypeId(), seatId, "Gate A", UUID.randomUUID(), at.truncatedTo(ChronoUnit.MICROS), false,
                UUID.randomUUID(), null, Instant.now());
    }

    /** Publishes as a new event (a fresh {@code ce_id}) and returns that id. */
    static String publish(TicketTransferred transfer) {
        return TestEventBus.publish(EventTypes.TICKET_TRANSFERRED, transfer.bookingId().toString(),
                payloadOf(EventTypes.TICKET_TRANSFERRED, transfer));
    }

    static void redeliver(TicketTransferred transfer, String ceId) {
        TestEventBus.publish(EventTypes.TICKET_TRANSFERRED, transfer.bookingId().toString(),
                payloadOf(EventTypes.TICKET_TRANSFERRED, transfer), ceId);
    }

    static String publish(TicketCheckedIn checkIn) {
        return TestEventBus.publish(EventTypes.TICKET_CHECKED_IN, checkIn.bookingId().toString(),
                payloadOf(EventTypes.TICKET_CHECKED_IN, checkIn));
    }

    static void redeliver(TicketCheckedIn checkIn, String ceId) {
        TestEventBus.publish(EventTypes.TICKET_CHECKED_IN, checkIn.bookingId().toString(),
                payloadOf(EventTypes.TICKET_CHECKED_IN, checkIn), ceId);
    }

    private static String payloadOf(String eventType, Object event) {
        String payload = JSON.writeValueAsString(event);
        ContractAssertions.assertMatchesSchema(eventType, payload);
        return payload;
    }

    private TicketEvents() {
    }
}
