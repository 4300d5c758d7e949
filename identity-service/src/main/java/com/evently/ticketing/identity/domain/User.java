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
 * An account: who the person is, the language they read mails in, how they prove who they are, what they may do,
 * and whether they may sign in at all (an administrator can disable an account without deleting its history).
 */
public record User(UUID id, EmailAddress email, PersonName name, Language language, PasswordHash passwordHash,
                   Set<Role> roles, boolean enabled, Instant registeredAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (roles == null || !roles.contains(Role.USER)) {
            throw new IllegalArgumentException("every user has the USER role");
        }
        // EnumSet keeps the roles in declaration order, so every rendering of them is stable
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Opens a new, enabled account and announces it. */
    public static Changed<User, AccountOpened> register(EmailAddress email, PersonName name, Language language,
                                                        PasswordHash passwordHash, Set<Role> roles, Instant now) {
        User user = new User(UUID.randomUUID(), email, name, language, passwordHash, roles, true, now);
        return new Changed<>(user, new AccountOpened(user.id(), user.email(), user.name(), user.language(),
                user.roles(), now));
    }

    /** The roles of {@code wanted} this user does not have yet. */
    public Set<Role> lacking(Set<Role> wanted) {
        EnumSet<Role> lacking = EnumSet.noneOf(Role.class);
        lacking.addAll(wanted);
        lacking.removeAll(roles);
        return Collections.unmodifiableSet(lacking);
    }

    /**
     * This user with the given address, name and language, and the announcement of the profile as it is then.
     * Nothing changed when the result equals this user; then there is nothing to announce either.
     */
    public Changed<User, ProfileEdited> changeProfile(EmailAddress newEmail, PersonName newName,
                                                      Language newLanguage, Instant now) {
        User changed = new User(id, newEmail, newName, newLanguage, passwordHash, roles, enabled, registeredAt);
        return new Changed<>(changed, new ProfileEdited(id, newEmail, newName, newLanguage, now));
    }

    public User withPasswordHash(PasswordHash newHash) {
        return new User(id, email, name, language, newHash, roles, enabled, registeredAt);
    }

    /** Exactly {@code granted}, plus {@link Role#USER}, which no account goes without. */
    public User withRoles(Set<Role> granted) {
        EnumSet<Role> newRoles = EnumSet.of(Role.USER);
        newRoles.addAll(granted);
        return new User(id, email, name, language, passwordHash, newRoles, enabled, registeredAt);
    }

    /**
     * This user with exactly {@code granted} (plus {@link Role#USER}), and the announcement of it; {@code changedBy}
     * is null when the system changed them. See {@link RolesChanged#changesAnything()}.
     */
    public Changed<User, RolesChanged> changeRoles(Set<Role> granted, UUID changedBy, Instant now) {
        User changed = withRoles(granted);
        return new Changed<>(changed, new RolesChanged(id, email, roles, changed.roles(), changedBy, now));
    }

    /** This user with {@code added} on top of the roles it has, and the announcement of it (see {@link #changeRoles}). */
    public Changed<User, RolesChanged> grantRoles(Set<Role> added, UUID changedBy, Instant now) {
        EnumSet<Role> granted = EnumSet.copyOf(roles);
        granted.addAll(added);
        return changeRoles(granted, changedBy, now);
    }

    public User withEnabled(boolean newEnabled) {
        return new User(id, email, name, language, passwordHash, roles, newEnabled, registeredAt);
    }
}
