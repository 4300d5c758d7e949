package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.KnownBookings;
import com.evently.ticketing.ticket.application.port.out.TicketClaims;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.ClaimGone;
import com.evently.ticketing.ticket.domain.ClaimNotFound;
import com.evently.ticketing.ticket.domain.ClaimToken;
import com.evently.ticketing.ticket.domain.ClaimedTicket;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketClaim;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.evently.ticketing.ticket.domain.TicketClaimConflict;

import java.time.Clock;
import java.time.Instant;

/**
 * A signed-in person opens the claim link of a ticket transferred to an address without an account: the ticket
 * becomes their account's, made out to their address and name, with a pass showing their initials. Having the link
 * is the proof of the address, so the account may sign in with another one. Claiming again with the same account
 * answers the same ticket; anybody else is refused once it is claimed. Runs under the booking's lock, like a
 * transfer or a cancellation of that booking, so a claim never revives a ticket voided at the same moment.
 */
public class ClaimingTicket {

    private final Transactions transactions;
    private final KnownBookings knownBookings;
    private final Tickets tickets;
    private final TicketClaims claims;
    private final TicketEvents events;
    private final SigningPasses passes;
    private final Clock clock;

    public ClaimingTicket(Transactions transactions, KnownBookings knownBookings, Tickets tickets, TicketClaims claims,
                          TicketEvents events, SigningPasses passes, Clock clock) {
        this.transactions = transactions;
        this.knownBookings = knownBookings;
        this.tickets = tickets;
        this.claims = claims;
        this.events = events;
        this.passes = passes;
        this.clock = clock;
    }

    /**
     * @param claimant who the ticket is to be made out to: the caller's address and name
     * @throws ClaimNotFound       for a token no claim has
     * @throws ClaimGone           when the claim expired, or another account claimed it
     * @throws TicketClaimConflict when its ticket stopped being valid (voided by its booking's cancellation or change)
     * @throws InvalidInput        when the caller has no address to make the ticket out to
     */
    public Ticket claim(Actor actor, TicketHolder claimant, ClaimToken token) {
        return transactions.inTransaction(() -> {
            String hash = token.hash();
            TicketClaim found = claims.byTokenHash(hash).orElseThrow(ClaimNotFound::new);
            Ticket unlocked = tickets.byId(found.ticketId()).orElseThrow(ClaimNotFound::new);
            knownBookings.lock(unlocked.bookingId());
            // read again under the booking's lock: a claim, cancellation or change that held it may have changed them
            TicketClaim claim = claims.byTokenHash(hash).orElseThrow(ClaimNotFound::new);
            Ticket ticket = tickets.byId(claim.ticketId()).orElseThrow(ClaimNotFound::new);
            if (claim.isClaimed()) {
                if (claim.claimedBy().equals(actor.id())) {
                    return ticket;
                }
                throw new ClaimGone("This claim link was used already");
            }
            Instant now = clock.instant();
            if (claim.expiredAt(now)) {
                throw new ClaimGone("This claim link expired at " + claim.expiresAt());
            }
            if (!ticket.isValid()) {
                throw new TicketClaimConflict("The ticket of this claim is " + ticket.status() + ": it cannot be claimed");
            }
            if (!ticket.awaitingClaim()) {
                throw new IllegalStateException("Ticket " + ticket.id() + " has an open claim but awaits none");
            }
            ClaimedTicket claimed = ticket.claim(actor.id(), claimant, now, passes.withActiveKey());
            tickets.updateHolder(claimed.ticket());
            claims.update(claim.claimed(actor.id(), now));
            events.ticketClaimed(claimed);
            return claimed.ticket();
        });
    }
}
