package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.TicketClaim;

import java.util.Optional;

/** The claims of tickets transferred to addresses without an account, found by their token's hash. */
public interface TicketClaims {

    void add(TicketClaim claim);

    Optional<TicketClaim> byTokenHash(String tokenHash);

    /** Stores who claimed it and when. */
    void update(TicketClaim claim);
}
