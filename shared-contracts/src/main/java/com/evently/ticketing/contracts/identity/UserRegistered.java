package com.evently.ticketing.contracts.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person created an account (or an administrator was bootstrapped). */
public record UserRegistered(UUID userId, String email, String name, List<String> roles, Instant occurredAt) {
}
