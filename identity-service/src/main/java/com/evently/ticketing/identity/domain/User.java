package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Role;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An account: who the person is, how they prove it, what they may do, and whether they may sign in at all
 * (an administrator can disable an account without deleting its history).
 */
public record User(UUID id, EmailAddress email, PersonName name, PasswordHash passwordHash, Set<Role> roles,
                   boolean enabled, Instant registeredAt) {

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

    /** Opens a new, enabled account and announces it. */
    public static Changed<User, UserRegistered> register(EmailAddress email, PersonName name, PasswordHash passwordHash,
                                                         Set<Role> roles, Instant now) {
        User user = new User(UUID.randomUUID(), email, name, passwordHash, roles, true, now);
        return new Changed<>(user, new UserRegistered(user.id(), user.email(), user.name(), user.roles(), now));
    }

    /** The roles of {@code wanted} this user does not have yet. */
    public Set<Role> lacking(Set<Role> wanted) {
        EnumSet<Role> lacking = EnumSet.noneOf(Role.class);
        lacking.addAll(wanted);
        lacking.removeAll(roles);
        return Collections.unmodifiableSet(lacking);
    }

    public User withProfile(EmailAddress newEmail, PersonName newName) {
        return new User(id, newEmail, newName, passwordHash, roles, enabled, registeredAt);
    }

    public User withPasswordHash(PasswordHash newHash) {
        return new User(id, email, name, newHash, roles, enabled, registeredAt);
    }

    /** Exactly {@code granted}, plus {@link Role#USER}, which no account goes without. */
    public User withRoles(Set<Role> granted) {
        EnumSet<Role> newRoles = EnumSet.of(Role.USER);
        newRoles.addAll(granted);
        return new User(id, email, name, passwordHash, newRoles, enabled, registeredAt);
    }

    /**
     * This user with exactly {@code granted} (plus {@link Role#USER}), and the announcement of it; {@code changedBy}
     * is null when the system changed them. See {@link UserRoleChanged#changesAnything()}.
     */
    public Changed<User, UserRoleChanged> changeRoles(Set<Role> granted, UUID changedBy, Instant now) {
        User changed = withRoles(granted);
        return new Changed<>(changed, new UserRoleChanged(id, email, roles, changed.roles(), changedBy, now));
    }

    public User withEnabled(boolean newEnabled) {
        return new User(id, email, name, passwordHash, roles, newEnabled, registeredAt);
    }
}
