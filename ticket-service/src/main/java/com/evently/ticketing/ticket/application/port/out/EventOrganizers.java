package com.evently.ticketing.ticket.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** Who organizes each event, as the catalogue announced it: they (and administrators) run its check-in. */
public interface EventOrganizers {

    void record(UUID eventId, UUID organizerId);

    Optional<UUID> organizerOf(UUID eventId);
}
