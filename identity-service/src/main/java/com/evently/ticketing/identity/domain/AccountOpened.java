package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A new account exists (a person signed up, or the bootstrap administrator was created). Published as the
 * {@code UserRegistered} contract.
 */
public record AccountOpened(UUID userId, EmailAddress email, PersonName name, Language language, Set<Role> roles,
                            Instant occurredAt) {
}
