package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.ApiClients;
import com.evently.ticketing.identity.domain.ApiClient;
import com.evently.ticketing.identity.domain.ApiClientPage;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class InMemoryApiClients implements ApiClients {

    private final Map<UUID, ApiClient> clients = new LinkedHashMap<>();

    @Override
    public void add(ApiClient client) {
        clients.put(client.id(), client);
    }

    @Override
    public Optional<ApiClient> findById(UUID id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public Optional<ApiClient> lockById(UUID id) {
        return findById(id);
    }

    @Override
    public void update(ApiClient client) {
        clients.put(client.id(), client);
    }

    @Override
    public ApiClientPage page(Optional<UUID> organizerId, int page, int size) {
        List<ApiClient> matching = clients.values().stream()
                .filter(client -> organizerId.map(client.organizerId()::equals).orElse(true))
                .sorted(Comparator.comparing(ApiClient::registeredAt).reversed())
                .toList();
        return new ApiClientPage(matching.stream().skip((long) page * size).limit(size).toList(), matching.size());
    }
}
