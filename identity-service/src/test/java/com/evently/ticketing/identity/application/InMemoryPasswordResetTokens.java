package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.PasswordResetTokens;
import com.evently.ticketing.identity.domain.PasswordResetToken;
import com.evently.ticketing.identity.domain.TokenHash;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class InMemoryPasswordResetTokens implements PasswordResetTokens {

    private final Map<UUID, PasswordResetToken> byId = new LinkedHashMap<>();

    @Override
    public void add(PasswordResetToken token) {
        byId.put(token.id(), token);
    }

    @Override
    public Optional<PasswordResetToken> findByHash(TokenHash hash) {
        return byId.values().stream().filter(token -> token.hash().equals(hash)).findFirst();
    }

    @Override
    public Optional<PasswordResetToken> lockByHash(TokenHash hash) {
        return findByHash(hash);
    }

    @Override
    public void useUpAllOf(UUID userId, Instant usedAt) {
        byId.replaceAll((id, t) -> t.userId().equals(userId) && t.usedAt() == null
                ? new PasswordResetToken(t.id(), t.userId(), t.hash(), t.requestedAt(), t.expiresAt(), usedAt)
                : t);
    }

    List<PasswordResetToken> all() {
        return List.copyOf(byId.values());
    }
}
