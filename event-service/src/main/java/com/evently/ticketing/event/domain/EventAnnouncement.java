package com.evently.ticketing.event.domain;

import java.util.UUID;

/** Something that happened to a published event which the other services must hear about. */
public sealed interface EventAnnouncement permits EventWentOnSale, EventUpdated, EventCancelled, EventCompleted,
        CapacityChanged, SessionAdded, TicketTypeAdded, TicketTypeRetired {

    UUID eventId();
}
