package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.TicketClaims;
import com.evently.ticketing.ticket.domain.TicketClaim;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Claims by ticket id, found by token hash. */
final class InMemoryTicketClaims implements TicketClaims {

    private final Map<UUID, TicketClaim> byTicket = new LinkedHashMap<>();

    @Override
    public void add(TicketClaim claim) {
        if (byTicket.putIfAbsent(claim.ticketId(), claim) != null) {
            throw new IllegalStateException("Ticket " + claim.ticketId() + " has a claim already");
        }
    }

    @Override
    public Optional<TicketClaim> byTokenHash(String tokenHash) {
        return byTicket.values().stream().filter(claim -> claim.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public void update(TicketClaim claim) {
        byTicket.put(claim.ticketId(), claim);
    }

    @Override
    public List<TicketClaim> lockExpiredUnclaimed(Instant now, int limit) {
        // the use case checks the ticket itself again under its booking's lock
        return byTicket.values().stream()
                .filter(claim -> !claim.isClaimed() && !claim.isReturned() && claim.expiredAt(now))
                .sorted(Comparator.comparing(TicketClaim::expiresAt))
                .limit(limit)
                .toList();
    }

    List<TicketClaim> all() {
        return List.copyOf(byTicket.values());
    }
}
