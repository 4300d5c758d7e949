package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whoever asks for tickets, as the platform's {@link Caller} describes them, with the e-mail address their account
 * signs in with (absent for callers without one). A ticket's holder reads it: the account it was issued to, or
 * the account signing in with the address it was transferred to — unless it is held for a claim: then only the
 * link mailed to that address makes it somebody's, never registering the address. An admin reads any.
 */
public record Actor(UUID id, Set<Role> roles, String email) {

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
        email = email == null || email.isBlank() ? null : email.strip();
    }

    public Actor(UUID id, Set<Role> roles) {
        this(id, roles, null);
    }

    public static Actor of(Caller caller) {
        return new Actor(caller.id(), caller.roles());
    }

    public static Actor of(Caller caller, String email) {
        return new Actor(caller.id(), caller.roles(), email);
    }

    public boolean mayRead(Ticket ticket) {
        return roles.contains(Role.ADMIN) || holds(ticket);
    }

    /** Holding is the holder's own: an administrator reads any ticket but transfers none of them. */
    public boolean holds(Ticket ticket) {
        return ticket.belongsTo(id)
                || (!ticket.awaitingClaim() && email != null && ticket.holder().email().equalsIgnoreCase(email));
    }

    /**
     * Scanning tickets, reading an event's revocations and counts, undoing a check-in: an administrator for any
     * event, an organizer for their own (its organizer as the catalogue announced it; unknown: nobody's).
     */
    public boolean mayRunCheckInOf(Optional<UUID> eventOrganizer) {
        return roles.contains(Role.ADMIN)
                || (roles.contains(Role.ORGANIZER) && eventOrganizer.filter(id::equals).isPresent());
    }
}
