package com.evently.ticketing.ticket.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** The accounts identity announced, with the address each signs in with: who a transfer can go to directly. */
public interface Accounts {

    /** Remembers (or updates) the address {@code userId} signs in with. */
    void record(UUID userId, String email);

    /** The one account signing in with {@code email} (case-insensitive); empty for none, or more than one. */
    Optional<UUID> soleAccountWith(String email);
}
