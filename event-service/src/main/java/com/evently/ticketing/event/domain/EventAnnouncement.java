package com.evently.ticketing.event.domain;

import java.util.UUID;

/**
 * Something that happened to a published event which the other services must hear about. The names are the
 * domain's own; each is announced as a {@code catalog.*.v1} contract of another name, so the two never clash.
 */
public sealed interface EventAnnouncement permits EventWentOnSale, EventRevised, EventCalledOff, EventEnded,
        TicketTypeResized, SessionScheduled, TicketTypeOffered, TicketTypeWithdrawn {

    UUID eventId();
}
