package com.evently.ticketing.ticket.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who scans at the door: a member of the event's crew signed in as themselves (its organizer, an administrator),
 * or a check-in device the organizer issued for one event, which may do nothing but scan that event.
 */
public sealed interface Scanner {

    /** May this scanner admit tickets of {@code eventId}, organized by {@code organizer} (unknown: empty)? */
    boolean mayScan(UUID eventId, Optional<UUID> organizer);

    static Scanner crew(Actor actor) {
        return new Crew(actor);
    }

    record Crew(Actor actor) implements Scanner {

        public Crew {
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public boolean mayScan(UUID eventId, Optional<UUID> organizer) {
            return actor.mayRunCheckInOf(organizer);
        }
    }

    record Device(UUID deviceId, UUID eventId) implements Scanner {

        public Device {
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(eventId, "eventId");
        }

        @Override
        public boolean mayScan(UUID scannedEventId, Optional<UUID> organizer) {
            return eventId.equals(scannedEventId);
        }
    }
}
