package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One sitting of an event (a day, a performance); every ticket type is sold separately for each session. */
public record Session(UUID id, String name, Instant startsAt, Instant endsAt) {

    public Session {
        Objects.requireNonNull(id, "id");
        name = Text.required(name, "session name");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInput("a session must end after it starts");
        }
    }

    /** A new session, with an id of its own. */
    public static Session plan(String name, Instant startsAt, Instant endsAt) {
        return new Session(UUID.randomUUID(), name, startsAt, endsAt);
    }

    /** The same sitting under an id of its own. */
    Session withNewId() {
        return plan(name, startsAt, endsAt);
    }

    /** Same name and times, whatever the ids. */
    boolean hasSameContentAs(Session other) {
        return name.equals(other.name) && startsAt.equals(other.startsAt) && endsAt.equals(other.endsAt);
    }
}
