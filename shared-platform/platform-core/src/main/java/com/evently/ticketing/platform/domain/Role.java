package com.evently.ticketing.platform.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a user may do across the suite: identity-service grants these, and they travel in the access token's
 * {@code roles} claim under exactly these names, so every service reads them the same way. Every user has at
 * least {@link #USER}; an {@link #ORGANIZER} manages their own events only; an {@link #ADMIN} manages everything.
 */
public enum Role {
    USER,
    ORGANIZER,
    ADMIN;

    /** The role called {@code name} (in any letter case); refuses names that are not roles. */
    public static Role named(String name) {
        if (name == null) {
            throw new InvalidInput("a role must not be null");
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(
                    "unknown role '" + name + "'; roles are " + Arrays.toString(values()));
        }
    }

    /**
     * The roles among {@code names} (a token's claim, exact names). A name that is no role grants nothing, so it
     * is dropped rather than rejected: a token from a newer identity-service must not lock a caller out.
     */
    public static Set<Role> grantedBy(Collection<String> names) {
        EnumSet<Role> granted = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (names.contains(role.name())) {
                granted.add(role);
            }
        }
        return Set.copyOf(granted);
    }
}
