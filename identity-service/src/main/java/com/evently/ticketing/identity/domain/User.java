package com.evently.ticketing.identity.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** An account: who the person is, how they prove it, and what they may do. */
public record User(UUID id, EmailAddress email, PersonName name, PasswordHash passwordHash, Set<Role> roles,
                   Instant registeredAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (roles == null || !roles.contains(Role.USER)) {
            throw new IllegalArgumentException("every user has the USER role");
        }
        // EnumSet keeps the roles in declaration order, so every rendering of them is stable
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Opens a new account and announces it. */
    public static Registration register(EmailAddress email, PersonName name, PasswordHash passwordHash,
                                        Set<Role> roles, Instant now) {
        User user = new User(UUID.randomUUID(), email, name, passwordHash, roles, now);
        return new Registration(user, new UserRegistered(user.id(), user.email(), user.name(), user.roles(), now));
    }

    /** The roles of {@code wanted} this user does not have yet. */
    public Set<Role> lacking(Set<Role> wanted) {
        EnumSet<Role> lacking = EnumSet.noneOf(Role.class);
        lacking.addAll(wanted);
        lacking.removeAll(roles);
        return Collections.unmodifiableSet(lacking);
    }

    public record Registration(User user, UserRegistered event) {
    }
}
