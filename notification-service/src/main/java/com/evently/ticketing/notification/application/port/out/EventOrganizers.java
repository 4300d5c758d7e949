package com.evently.ticketing.notification.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** Which organizer each event belongs to, learnt from catalog events: booking and ticket events do not say. */
public interface EventOrganizers {

    void remember(UUID eventId, UUID organizerId);

    Optional<UUID> organizerOf(UUID eventId);
}
