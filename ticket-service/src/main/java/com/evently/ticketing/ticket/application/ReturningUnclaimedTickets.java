package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.KnownBookings;
import com.evently.ticketing.ticket.application.port.out.TicketClaims;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.ReturnedTicket;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketClaim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticket transferred to an address without an account whose claim expired unclaimed goes back to the holder who
 * gave it away, as a transfer back would: the ticket held for the claim is revoked (the link's ticket stops
 * admitting) and a new one for the seat, with its own code and pass, is made out to the giver. The claim is closed,
 * so its link keeps answering as expired. A ticket voided meanwhile (its booking cancelled or changed) stays void.
 * Safe on several replicas: each takes the claims no other one holds.
 */
public class ReturningUnclaimedTickets {

    private final Transactions transactions;
    private final KnownBookings knownBookings;
    private final Tickets tickets;
    private final TicketClaims claims;
    private final TicketEvents events;
    private final SigningPasses passes;
    private final SecureRandom random;
    private final Clock clock;

    public ReturningUnclaimedTickets(Transactions transactions, KnownBookings knownBookings, Tickets tickets,
                                     TicketClaims claims, TicketEvents events, SigningPasses passes,
                                     SecureRandom random, Clock clock) {
        this.transactions = transactions;
        this.knownBookings = knownBookings;
        this.tickets = tickets;
        this.claims = claims;
        this.events = events;
        this.passes = passes;
        this.random = random;
        this.clock = clock;
    }

    /** Returns at most {@code batch} tickets whose claims expired, in one transaction; the tickets returned. */
    public List<ReturnedTicket> returnExpired(int batch) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Map<UUID, TicketClaim> claimOf = new HashMap<>();
            List<Ticket> due = new ArrayList<>();
            for (TicketClaim claim : claims.lockExpiredUnclaimed(now, batch)) {
                claimOf.put(claim.ticketId(), claim);
                tickets.byId(claim.ticketId()).ifPresent(due::add);
            }
            // bookings are locked in one order by every replica, so two batches never wait on each other in a
            // circle; a claim's own row is locked already, and a claimant writes to it only before it expires
            due.sort(Comparator.comparing(Ticket::bookingId).thenComparing(Ticket::id));
            List<ReturnedTicket> returned = new ArrayList<>();
            for (Ticket ticket : due) {
                knownBookings.lock(ticket.bookingId());
                returnToGiver(claimOf.get(ticket.id()), now, returned);
            }
            return List.copyOf(returned);
        });
    }

    private void returnToGiver(TicketClaim claim, Instant now, List<ReturnedTicket> returned) {
        UUID ticketId = claim.ticketId();
        // read again under the booking's lock: a cancellation or change that held it may have voided the ticket
        Ticket unclaimed = tickets.byId(ticketId).orElseThrow();
        if (!unclaimed.isValid() || !unclaimed.awaitingClaim()) {
            return;
        }
        Ticket giver = tickets.givenAwayFor(unclaimed).orElseThrow(() -> new IllegalStateException(
                "Ticket " + ticketId + " awaits a claim but replaced no ticket"));
        ReturnedTicket done = unclaimed.returnTo(giver, claim, random, now, passes.withActiveKey());
        tickets.updateStatus(List.of(done.unclaimed()));
        tickets.addAll(List.of(done.returned()));
        claims.update(done.claim());
        events.ticketReturned(done);
        returned.add(done);
    }
}
