package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Arrays;
import java.util.Locale;

/** What a user may do across the suite (DESIGN.md §8); every user has at least {@link #USER}. */
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
}
