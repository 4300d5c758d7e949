package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.Caller;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Whose numbers a dashboard or report covers: the whole platform (admins), one organizer's events, or one event. */
public sealed interface Scope {

    record Platform() implements Scope {
    }

    record OrganizerEvents(UUID organizerId) implements Scope {

        public OrganizerEvents {
            Objects.requireNonNull(organizerId, "organizerId");
        }
    }

    /** One event, whose visibility the caller checked already. */
    record OneEvent(UUID eventId) implements Scope {

        public OneEvent {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /** Admins see the platform, organizers their own events, anyone else nothing. */
    static Optional<Scope> of(Caller caller) {
        if (caller.isAdmin()) {
            return Optional.of(new Platform());
        }
        return caller.mayOrganizeEvents() ? Optional.of(new OrganizerEvents(caller.id())) : Optional.empty();
    }
}
