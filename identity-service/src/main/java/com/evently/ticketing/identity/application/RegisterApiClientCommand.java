package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.ApiScope;
import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * @param organizerId whom the client acts for; empty means the caller
 */
public record RegisterApiClientCommand(String name, Set<ApiScope> scopes, Optional<UUID> organizerId) {

    public RegisterApiClientCommand {
        if (name == null || name.isBlank() || name.strip().length() > ApiClient.MAX_NAME_LENGTH) {
            throw new InvalidInput("an API client needs a name of 1 to " + ApiClient.MAX_NAME_LENGTH + " characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInput("an API client needs at least one scope");
        }
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(organizerId, "organizerId");
    }
}
