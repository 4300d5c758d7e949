package com.evently.ticketing.ticket.domain;

import java.util.Objects;

/**
 * What a ticket's QR code holds: a compact token signed by one of this service's pass keys, which a scanner can
 * verify with the published keys alone. Opaque to the domain; {@code PassClaims} is what it says.
 */
public record CheckInPass(String token) {

    public CheckInPass {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("A check-in pass is never blank");
        }
    }

    @Override
    public String toString() {
        return token;
    }
}
