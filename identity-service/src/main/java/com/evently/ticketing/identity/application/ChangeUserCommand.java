package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ClientAddress;
import com.evently.ticketing.platform.domain.Role;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What an administrator changes about an account; absent parts stay as they are. */
public record ChangeUserCommand(UUID userId, Optional<Set<Role>> roles, Optional<Boolean> enabled,
                                ClientAddress clientAddress) {

    public ChangeUserCommand {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(clientAddress, "clientAddress");
        roles = roles == null ? Optional.empty() : roles.map(Set::copyOf);
        enabled = enabled == null ? Optional.empty() : enabled;
    }
}
