package com.evently.ticketing.ticket.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The accounts identity announced, with the address each signs in with: who a transfer can go to directly. */
public interface Accounts {

    /**
     * Remembers the address {@code userId} signs in with as of {@code announcedAt}; an announcement older than the one
     * already known changes nothing (a dead-lettered registration redriven after an address change, say).
     */
    void record(UUID userId, String email, Instant announcedAt);

    /** The one account signing in with {@code email} (case-insensitive); empty for none, or more than one. */
    Optional<UUID> soleAccountWith(String email);
}
