package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.EventOrganizers;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class InMemoryEventOrganizers implements EventOrganizers {

    private final Map<UUID, UUID> organizers = new HashMap<>();

    @Override
    public void record(UUID eventId, UUID organizerId) {
        organizers.put(eventId, organizerId);
    }

    @Override
    public Optional<UUID> organizerOf(UUID eventId) {
        return Optional.ofNullable(organizers.get(eventId));
    }
}
