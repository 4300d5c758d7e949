package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.Accounts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Known accounts in a map, answering "the sole account" and keeping the newest address as the table does. */
final class InMemoryAccounts implements Accounts {

    private final Map<UUID, String> addresses = new LinkedHashMap<>();
    private final Map<UUID, Instant> asOf = new LinkedHashMap<>();

    @Override
    public void record(UUID userId, String email, Instant announcedAt) {
        if (!asOf.containsKey(userId) || !asOf.get(userId).isAfter(announcedAt)) {
            addresses.put(userId, email);
            asOf.put(userId, announcedAt);
        }
    }

    @Override
    public Optional<UUID> soleAccountWith(String email) {
        List<UUID> matching = addresses.entrySet().stream()
                .filter(entry -> entry.getValue().equalsIgnoreCase(email)).map(Map.Entry::getKey).toList();
        return matching.size() == 1 ? Optional.of(matching.getFirst()) : Optional.empty();
    }
}
