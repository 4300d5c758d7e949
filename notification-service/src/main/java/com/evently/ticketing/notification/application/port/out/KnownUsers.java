package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.KnownUser;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The users identity-service announced, as last announced. */
public interface KnownUsers {

    /** Keeps {@code user} unless a newer announcement of them is kept already. */
    void remember(KnownUser user);

    Optional<KnownUser> find(UUID userId);

    /**
     * The language of the user who reads mail at {@code email} (in any letter case); empty when no known user does,
     * or their language is not known.
     */
    Optional<Locale> languageAt(String email);
}
