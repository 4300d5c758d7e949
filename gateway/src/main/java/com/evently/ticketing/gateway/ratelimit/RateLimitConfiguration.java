package com.evently.ticketing.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The limits, and where they are counted: Redis when REDIS_URL is set, this replica's memory otherwise. */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    RateLimitPolicies rateLimitPolicies(RateLimitProperties properties) {
        return new RateLimitPolicies(
                RateLimitPolicy.of("auth", properties.auth()),
                RateLimitPolicy.of("refresh", properties.refresh()),
                RateLimitPolicy.of("booking-writes", properties.bookingWrites()),
                RateLimitPolicy.of("api-clients", properties.apiClients()));
    }

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, RateLimitPolicies policies) {
        InMemoryRateLimiter inMemory = new InMemoryRateLimiter(policies.all());
        return properties.sharedStore()
                .<RateLimiter>map(redisUrl -> new RedisRateLimiter(
                        redisUrl, properties.keyPrefix(), properties.redisTimeout(), inMemory))
                .orElse(inMemory);
    }

    /**
     * @param auth          per client address on the sign-in endpoints
     * @param refresh       per refresh token on session refreshes
     * @param bookingWrites per user on booking changes
     * @param apiClients    per API client on everything it calls
     */
    public record RateLimitPolicies(RateLimitPolicy auth, RateLimitPolicy refresh, RateLimitPolicy bookingWrites,
                                    RateLimitPolicy apiClients) {

        List<RateLimitPolicy> all() {
            return List.of(auth, refresh, bookingWrites, apiClients);
        }
    }
}
