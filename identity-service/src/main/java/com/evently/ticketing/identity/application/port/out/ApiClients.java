package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.ApiClientPage;

import java.util.Optional;
import java.util.UUID;

/** The API clients organizers registered, secrets kept by hash only. */
public interface ApiClients {

    void add(ApiClient client);

    Optional<ApiClient> findById(UUID id);

    /** The client, locked until the transaction ends: two rotations at once would lose one's overlap. */
    Optional<ApiClient> lockById(UUID id);

    /** Writes the secrets and the revocation of an existing client. */
    void update(ApiClient client);

    /** Newest first; every organizer's when {@code organizerId} is empty. */
    ApiClientPage page(Optional<UUID> organizerId, int page, int size);
}
