package com.evently.ticketing.ticket.domain;

import java.util.UUID;

/** Makes the signed check-in pass of a ticket that is being issued, from the details the ticket will carry. */
@FunctionalInterface
public interface PassIssuer {

    CheckInPass passFor(UUID ticketId, UUID eventId, UUID sessionId, UUID ticketTypeId, TicketHolder holder,
                        EventSnapshot event);
}
