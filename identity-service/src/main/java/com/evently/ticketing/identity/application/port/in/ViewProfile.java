package com.evently.ticketing.identity.application.port.in;

import com.evently.ticketing.identity.domain.User;

import java.util.UUID;

/** A signed-in user looks at their own account. */
public interface ViewProfile {

    /** @throws UserNotFoundException when the token names an account that no longer exists */
    User profileOf(UUID userId);
}
