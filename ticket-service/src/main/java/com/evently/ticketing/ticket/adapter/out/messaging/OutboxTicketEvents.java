package com.evently.ticketing.ticket.adapter.out.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.ticket.TicketCheckInUndone;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.contracts.ticket.TicketsVoided;
import com.evently.ticketing.platform.outbox.OutboxWriter;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.CheckInUndone;
import com.evently.ticketing.ticket.domain.ClaimedTicket;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.EventSnapshot;
import com.evently.ticketing.ticket.domain.ReturnedTicket;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketAdmitted;
import com.evently.ticketing.ticket.domain.TicketIssuance;
import com.evently.ticketing.ticket.domain.TicketTransfer;
import com.evently.ticketing.ticket.domain.VoidedTickets;

/**
 * Domain → contract, written to the outbox of the current transaction. Admission codes and claim tokens leave only
 * sealed: the outbox row and the Kafka record are read by others (analytics, booking), and a code admits whoever
 * shows it, a claim token gives the ticket to whoever opens its link.
 */
public class OutboxTicketEvents implements TicketEvents {

    private final OutboxWriter.AggregateOutbox outbox;
    private final FieldSealing sealing;

    public OutboxTicketEvents(OutboxWriter outbox, FieldSealing sealing) {
        this.sealing = sealing;
        // keyed by booking, so that every event about one booking stays in order on its partition
        this.outbox = outbox.forAggregate("Booking");
    }

    @Override
    public void ticketsIssued(TicketIssuance issuance) {
        ConfirmedBooking booking = issuance.booking();
        outbox.append(EventTypes.TICKETS_ISSUED, booking.bookingId(), toContract(issuance));
    }

    @Override
    public void ticketAdmitted(TicketAdmitted admitted) {
        outbox.append(EventTypes.TICKET_CHECKED_IN, admitted.checkIn().bookingId(), toContract(admitted));
    }

    @Override
    public void ticketTransferred(TicketTransfer transfer) {
        outbox.append(EventTypes.TICKET_TRANSFERRED, transfer.next().bookingId(), toContract(transfer));
    }

    @Override
    public void ticketClaimed(ClaimedTicket claimed) {
        Ticket ticket = claimed.ticket();
        outbox.append(EventTypes.TICKET_CLAIMED, ticket.bookingId(), new TicketClaimed(ticket.id(),
                ticket.bookingId(), ticket.eventId(), ticket.sessionId(), ticket.ticketTypeId(), ticket.seatId(),
                ticket.userId(), ticket.holder().email(), ticket.holder().name(), claimed.transferredToEmail(),
                claimed.at()));
    }

    @Override
    public void ticketReturned(ReturnedTicket returned) {
        outbox.append(EventTypes.TICKET_RETURNED, returned.returned().bookingId(), toContract(returned));
    }

    @Override
    public void ticketsVoided(VoidedTickets voided) {
        TicketsVoided.Reason reason = switch (voided.cause()) {
            case BOOKING_CHANGED -> TicketsVoided.Reason.BOOKING_CHANGED;
            case BOOKING_CANCELLED -> TicketsVoided.Reason.BOOKING_CANCELLED;
        };
        outbox.append(EventTypes.TICKETS_VOIDED, voided.bookingId(), new TicketsVoided(voided.bookingId(),
                voided.tickets().getFirst().eventId(), reason,
                voided.tickets().stream().map(ticket -> new TicketsVoided.VoidedTicket(ticket.id(), ticket.sessionId(),
                        ticket.ticketTypeId(), ticket.seatId())).toList(),
                voided.at()));
    }

    @Override
    public void checkInUndone(CheckInUndone undone) {
        Ticket ticket = undone.ticket();
        outbox.append(EventTypes.TICKET_CHECK_IN_UNDONE, ticket.bookingId(), new TicketCheckInUndone(ticket.id(),
                ticket.bookingId(), ticket.eventId(), ticket.sessionId(), ticket.ticketTypeId(), ticket.seatId(),
                undone.undoneBy(), undone.at()));
    }

    TicketTransferred toContract(TicketTransfer transfer) {
        Ticket previous = transfer.previous();
        Ticket next = transfer.next();
        String sealedClaimToken = transfer.claimToken() == null ? null
                : sealing.seal(transfer.claimToken().value(), TicketTransferred.sealingContext(next.id()));
        return new TicketTransferred(next.id(), previous.id(), next.bookingId(), next.eventId(), next.sessionId(),
                next.ticketTypeId(), next.seatId(), next.holder().email(), next.holder().name(),
                previous.holder().email(), previous.holder().name(), next.event().title(),
                next.event().sessionStartsAt(), next.event().timeZone().getId(), transfer.transferredBy(),
                transfer.at(), sealedClaimToken, transfer.claimExpiresAt());
    }

    static TicketReturned toContract(ReturnedTicket returned) {
        Ticket back = returned.returned();
        Ticket unclaimed = returned.unclaimed();
        return new TicketReturned(back.id(), unclaimed.id(), back.bookingId(), back.eventId(), back.sessionId(),
                back.ticketTypeId(), back.seatId(), back.userId(), back.holder().email(), back.holder().name(),
                unclaimed.holder().email(), back.event().title(), back.event().sessionStartsAt(),
                back.event().timeZone().getId(), returned.claim().expiresAt(), returned.at());
    }

    static TicketCheckedIn toContract(TicketAdmitted admitted) {
        CheckIn checkIn = admitted.checkIn();
        return new TicketCheckedIn(checkIn.ticketId(), checkIn.bookingId(), checkIn.eventId(), checkIn.sessionId(),
                checkIn.ticketTypeId(), checkIn.seatId(), checkIn.gate(), checkIn.scanId(), checkIn.checkedInAt(),
                checkIn.offline(), checkIn.scannedBy(), checkIn.deviceId(), admitted.recordedAt());
    }

    private String sealedCodeOf(Ticket ticket) {
        return sealing.seal(ticket.code().value(), TicketsIssued.IssuedTicket.sealingContext(ticket.id()));
    }

    TicketsIssued toContract(TicketIssuance issuance) {
        ConfirmedBooking booking = issuance.booking();
        EventSnapshot event = booking.event();
        return new TicketsIssued(
                booking.bookingId(),
                booking.userId(),
                booking.holder().email(),
                booking.holder().name(),
                booking.eventId(),
                event.title(),
                event.venue(),
                event.timeZone().getId(),
                event.sessionName(),
                event.sessionStartsAt(),
                event.ticketTypeName(),
                issuance.tickets().stream()
                        .map(ticket -> new TicketsIssued.IssuedTicket(ticket.id(), ticket.seatId(),
                                sealedCodeOf(ticket)))
                        .toList(),
                issuance.issuedAt());
    }
}
