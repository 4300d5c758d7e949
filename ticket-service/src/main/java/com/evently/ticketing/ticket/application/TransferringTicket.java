package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.Accounts;
import com.evently.ticketing.ticket.application.port.out.KnownBookings;
import com.evently.ticketing.ticket.application.port.out.TicketClaims;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.evently.ticketing.ticket.domain.TicketNotFound;
import com.evently.ticketing.ticket.domain.TicketTransfer;
import com.evently.ticketing.ticket.domain.TransferConflict;
import com.evently.ticketing.ticket.domain.TransferNotPermitted;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A holder gives their ticket to someone else, before its session starts: the ticket is revoked (its QR code stops
 * admitting) and a new one for the same seat, with its own code and pass, is made out to the new holder. When their
 * address names an account, the ticket is that account's; otherwise it is held for a claim, whose link (a random
 * token, kept here only as its hash) is mailed to the address: identity does not verify addresses, so whoever
 * registers the address later must not get the ticket by that alone. Runs under the booking's lock, so a
 * cancellation or change of the booking at the same moment sees the new ticket, and two transfers of one ticket
 * cannot both succeed.
 */
public class TransferringTicket {

    private final Transactions transactions;
    private final KnownBookings knownBookings;
    private final Tickets tickets;
    private final Accounts accounts;
    private final TicketClaims claims;
    private final TicketEvents events;
    private final SigningPasses passes;
    private final SecureRandom random;
    private final Clock clock;

    public TransferringTicket(Transactions transactions, KnownBookings knownBookings, Tickets tickets,
                              Accounts accounts, TicketClaims claims, TicketEvents events, SigningPasses passes,
                              SecureRandom random, Clock clock) {
        this.transactions = transactions;
        this.knownBookings = knownBookings;
        this.tickets = tickets;
        this.accounts = accounts;
        this.claims = claims;
        this.events = events;
        this.passes = passes;
        this.random = random;
        this.clock = clock;
    }

    /**
     * @throws TicketNotFound        for an unknown ticket or one the actor may not read
     * @throws TransferNotPermitted  when the actor reads it but does not hold it (an administrator)
     * @throws TransferConflict      when it is void or revoked, or its session has started
     * @throws InvalidInput          when it would go to the address that holds it already
     */
    public TicketTransfer transfer(Actor actor, UUID ticketId, TicketHolder to) {
        return transactions.inTransaction(() -> {
            Ticket found = tickets.byId(ticketId).filter(actor::mayRead)
                    .orElseThrow(() -> TicketNotFound.ticket(ticketId));
            knownBookings.lock(found.bookingId());
            // read again under the booking's lock: a transfer or cancellation that held it may have changed it
            Ticket ticket = tickets.byId(ticketId).orElseThrow(() -> TicketNotFound.ticket(ticketId));
            if (!actor.holds(ticket)) {
                throw new TransferNotPermitted("Only the ticket's holder transfers it");
            }
            if (!ticket.isValid()) {
                throw new TransferConflict("Ticket " + ticketId + " is " + ticket.status() + ": it cannot be transferred");
            }
            Instant now = clock.instant();
            Instant startsAt = ticket.event().sessionStartsAt();
            if (startsAt != null && !now.isBefore(startsAt)) {
                throw new TransferConflict("The session of ticket " + ticketId + " has started: it cannot be transferred");
            }
            if (ticket.holder().email().equalsIgnoreCase(to.email())) {
                throw new InvalidInput("The ticket is held by " + to.email() + " already");
            }
            // more than one account with the address (an announcement not yet seen) is treated as none: a claim
            UUID account = accounts.soleAccountWith(to.email()).orElse(null);
            TicketTransfer transfer = ticket.transfer(to, account, actor.id(), random, now, passes.withActiveKey());
            tickets.updateStatus(List.of(transfer.previous()));
            tickets.addAll(List.of(transfer.next()));
            if (transfer.claim() != null) {
                claims.add(transfer.claim());
            }
            events.ticketTransferred(transfer);
            return transfer;
        });
    }
}
