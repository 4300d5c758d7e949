package com.evently.ticketing.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How many requests the gateway lets through, and where it counts them.
 *
 * @param redisUrl      REDIS_URL: when set, every gateway replica counts in this Redis, so a limit holds for the
 *                      suite as a whole; when empty, each replica counts in its own memory
 * @param keyPrefix     prefix of the gateway's keys in Redis, so that it can share a server with others
 * @param redisTimeout  how long a request may wait for Redis before this replica counts it alone
 * @param auth          per client address, on {@code /api/v1/auth/**} (sign-in, registration, password reset),
 *                      except well-formed token refreshes
 * @param refresh       per refresh token, on {@code POST /api/v1/auth/refresh}: many people behind one address
 *                      (an office) each refresh their own session, so refreshes are not counted per address
 * @param bookingWrites per user, on every {@code /api/v1/bookings/**} request that changes something
 * @param apiClients    per API client (the {@code client_id} of a client-credentials token), on every request it
 *                      makes: a partner's integration gets a quota of its own, apart from its organizer's users
 */
@Validated
@ConfigurationProperties("ticketing.gateway.rate-limit")
public record RateLimitProperties(
        URI redisUrl,
        @NotBlank @DefaultValue("ticketing:gateway:rate-limit:") String keyPrefix,
        @NotNull @DefaultValue("500ms") Duration redisTimeout,
        @Valid @NotNull Quota auth,
        @Valid @NotNull Quota refresh,
        @Valid @NotNull Quota bookingWrites,
        @Valid @NotNull Quota apiClients) {

    public Optional<URI> sharedStore() {
        return Optional.ofNullable(redisUrl).filter(url -> !url.toString().isBlank());
    }

    /**
     * A token bucket: {@code burst} requests at once, refilled at {@code requests} per {@code window}.
     */
    public record Quota(@Positive long requests, @NotNull Duration window, @Positive long burst) {
    }
}
