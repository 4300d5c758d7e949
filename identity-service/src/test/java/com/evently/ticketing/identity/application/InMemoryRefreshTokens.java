package com.evently.ticketing.identity.application;

import com.evently.ticketing.identity.application.port.out.RefreshTokens;
import com.evently.ticketing.identity.domain.RefreshToken;
import com.evently.ticketing.identity.domain.TokenHash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Refresh tokens in a map; also records whose tokens were all revoked, which several use cases must do. */
final class InMemoryRefreshTokens implements RefreshTokens {

    final List<UUID> usersRevoked = new ArrayList<>();
    private final Map<UUID, RefreshToken> byId = new LinkedHashMap<>();

    @Override
    public void add(RefreshToken token) {
        byId.put(token.id(), token);
    }

    @Override
    public Optional<RefreshToken> lockByHash(TokenHash hash) {
        return findByHash(hash);
    }

    @Override
    public Optional<RefreshToken> findByHash(TokenHash hash) {
        return byId.values().stream().filter(token -> token.hash().equals(hash)).findFirst();
    }

    @Override
    public void markUsed(UUID tokenId, Instant usedAt, RefreshToken.Handover handover) {
        byId.computeIfPresent(tokenId, (id, t) -> new RefreshToken(t.id(), t.familyId(), t.userId(), t.hash(),
                t.issuedAt(), t.expiresAt(), usedAt, t.revokedAt(), handover));
    }

    @Override
    public void revokeFamily(UUID familyId, Instant revokedAt) {
        revokeWhere(token -> token.familyId().equals(familyId), revokedAt);
    }

    @Override
    public void revokeAllOf(UUID userId, Instant revokedAt) {
        usersRevoked.add(userId);
        revokeWhere(token -> token.userId().equals(userId), revokedAt);
    }

    @Override
    public int eraseHandoversEndedBefore(Instant cutoff) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    List<RefreshToken> all() {
        return List.copyOf(byId.values());
    }

    private void revokeWhere(Predicate<RefreshToken> which, Instant revokedAt) {
        UnaryOperator<RefreshToken> revoke = t -> new RefreshToken(t.id(), t.familyId(), t.userId(), t.hash(),
                t.issuedAt(), t.expiresAt(), t.usedAt(), revokedAt, t.handover());
        byId.replaceAll((id, token) -> which.test(token) && token.revokedAt() == null ? revoke.apply(token) : token);
    }
}
