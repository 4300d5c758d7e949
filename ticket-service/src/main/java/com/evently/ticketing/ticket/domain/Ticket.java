package com.evently.ticketing.ticket.domain;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The right of one holder to one seat of a confirmed booking. {@code userId} is the account it was issued to (or
 * transferred to, or that claimed it), absent on a ticket transferred before accounts were known here (its holder's
 * account then finds it by that address) and on one {@code awaitingClaim}: transferred to an address without an
 * account, it belongs to nobody until somebody claims it with the link mailed to that address. {@code
 * statusChangedAt} and {@code statusReason} say when and why it stopped being valid; both are absent while it is.
 */
public record Ticket(
        UUID id,
        UUID bookingId,
        UUID seatId,
        UUID userId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        TicketHolder holder,
        EventSnapshot event,
        TicketCode code,
        CheckInPass pass,
        TicketStatus status,
        Instant issuedAt,
        Instant statusChangedAt,
        String statusReason,
        boolean awaitingClaim) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuedAt, "issuedAt");
        boolean changeRecorded = statusChangedAt != null && statusReason != null;
        boolean noChangeRecorded = statusChangedAt == null && statusReason == null;
        if (status == TicketStatus.VALID ? !noChangeRecorded : !changeRecorded) {
            throw new IllegalArgumentException("A ticket has a status change time and reason exactly when it is no longer valid");
        }
        if (awaitingClaim && userId != null) {
            throw new IllegalArgumentException("A ticket awaiting its claim belongs to no account yet");
        }
    }

    /** A ticket that is not held for a claim. */
    public Ticket(UUID id, UUID bookingId, UUID seatId, UUID userId, UUID eventId, UUID sessionId, UUID ticketTypeId,
                  TicketHolder holder, EventSnapshot event, TicketCode code, CheckInPass pass, TicketStatus status,
                  Instant issuedAt, Instant statusChangedAt, String statusReason) {
        this(id, bookingId, seatId, userId, eventId, sessionId, ticketTypeId, holder, event, code, pass, status,
                issuedAt, statusChangedAt, statusReason, false);
    }

    /** A fresh ticket, valid from {@code issuedAt}. */
    public static Ticket issued(UUID id, UUID bookingId, UUID seatId, UUID userId, UUID eventId, UUID sessionId,
                                UUID ticketTypeId, TicketHolder holder, EventSnapshot event, TicketCode code,
                                CheckInPass pass, Instant issuedAt) {
        return new Ticket(id, bookingId, seatId, userId, eventId, sessionId, ticketTypeId, holder, event, code,
                pass, TicketStatus.VALID, issuedAt, null, null);
    }

    public boolean isValid() {
        return status == TicketStatus.VALID;
    }

    /**
     * This ticket made void at {@code at} for {@code reason}; a ticket that is no longer valid keeps the status,
     * time and reason it already has, so the first reason a ticket stopped working is the one remembered.
     */
    public Ticket voided(Instant at, String reason) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        if (!isValid()) {
            return this;
        }
        return new Ticket(id, bookingId, seatId, userId, eventId, sessionId, ticketTypeId, holder, event, code,
                pass, TicketStatus.VOID, issuedAt, at, reason, awaitingClaim);
    }

    /** Whether {@code user}'s account holds it; a ticket transferred to an e-mail address belongs to no account. */
    public boolean belongsTo(UUID user) {
        return user.equals(userId);
    }

    /**
     * This ticket given to {@code to} by {@code transferredBy}: it is revoked (its QR code stops admitting), and a new
     * ticket for the same seat, with its own random id, code and pass, is made out to {@code to}. The new one belongs
     * to {@code account} when the address names one; without one ({@code null}) it is held for a claim, opened with
     * a random token for the link to mail. The returned transfer holds both tickets and the claim, if any.
     */
    public TicketTransfer transfer(TicketHolder to, UUID account, UUID transferredBy, SecureRandom random,
                                   Instant now, PassIssuer passes) {
        UUID nextId = UUID.randomUUID();
        Ticket next = transferredTo(to, account, nextId, TicketCode.random(random),
                passes.passFor(nextId, eventId, sessionId, ticketTypeId, to, event), now);
        Ticket previous = revoked(now, "Transferred to another holder");
        if (!next.awaitingClaim()) {
            return new TicketTransfer(previous, next, transferredBy, now);
        }
        ClaimToken token = ClaimToken.random(random);
        return new TicketTransfer(previous, next, transferredBy, now, token, TicketClaim.open(next, token, now));
    }

    /**
     * This ticket given to {@code to}: a new ticket for the same seat, with its own id, code and pass. It belongs
     * to {@code account} when the address names one; without one ({@code null}) it is held for a claim. This one
     * is to be {@link #revoked} with it; {@link #transfer} does both.
     */
    public Ticket transferredTo(TicketHolder to, UUID account, UUID newId, TicketCode newCode, CheckInPass newPass,
                                Instant now) {
        if (!isValid()) {
            throw new IllegalStateException("Only a valid ticket is transferred");
        }
        return new Ticket(newId, bookingId, seatId, account, eventId, sessionId, ticketTypeId, to, event, newCode,
                newPass, TicketStatus.VALID, now, null, null, account == null);
    }

    /**
     * This ticket, held for a claim, claimed at {@code now}: it is {@code account}'s, made out to {@code claimant}
     * (the account's address and name) with a new pass that shows the claimant's initials. Id, code and seat stay.
     * The claim's own record is closed apart ({@link TicketClaim#claimed}).
     */
    public ClaimedTicket claim(UUID account, TicketHolder claimant, Instant now, PassIssuer passes) {
        if (!awaitingClaim || !isValid()) {
            throw new IllegalStateException("Only a valid ticket awaiting its claim is claimed");
        }
        Ticket claimed = new Ticket(id, bookingId, seatId, account, eventId, sessionId, ticketTypeId, claimant, event,
                code, passes.passFor(id, eventId, sessionId, ticketTypeId, claimant, event), status, issuedAt, null,
                null, false);
        return new ClaimedTicket(claimed, holder.email(), now);
    }

    /**
     * This ticket, held for {@code claim}, which expired unclaimed, back with {@code giver}'s holder at {@code now}:
     * this one is revoked, so the claim link's ticket stops admitting, and a new ticket for the same seat, with its
     * own random id, code and pass, is made out to the giver's address and name and belongs to the giver's account
     * (none when the giver's ticket had none: its holder's account finds it by that address). The claim is closed
     * as returned.
     */
    public ReturnedTicket returnTo(Ticket giver, TicketClaim claim, SecureRandom random, Instant now,
                                   PassIssuer passes) {
        if (!awaitingClaim || !isValid()) {
            throw new IllegalStateException("Only a valid ticket awaiting its claim is returned");
        }
        if (!giver.seatId().equals(seatId)) {
            throw new IllegalArgumentException("A ticket goes back to the holder of its own seat");
        }
        UUID backId = UUID.randomUUID();
        Ticket back = new Ticket(backId, bookingId, seatId, giver.userId(), eventId, sessionId, ticketTypeId,
                giver.holder(), event, TicketCode.random(random),
                passes.passFor(backId, eventId, sessionId, ticketTypeId, giver.holder(), event), TicketStatus.VALID,
                now, null, null, false);
        Ticket unclaimed = revoked(now, "Not claimed in time: returned to its previous holder");
        return new ReturnedTicket(unclaimed, back, claim.returned(now), now);
    }

    /** This ticket replaced by another one (a transfer): its QR code stops admitting. */
    public Ticket revoked(Instant at, String reason) {
        if (!isValid()) {
            return this;
        }
        return new Ticket(id, bookingId, seatId, userId, eventId, sessionId, ticketTypeId, holder, event, code,
                pass, TicketStatus.REVOKED, issuedAt, at, reason, awaitingClaim);
    }

    /**
     * The announcement that this ticket's admission was undone by {@code undoneBy} at {@code at}, so it admits
     * again; the admission itself is forgotten by the check-ins it is kept with.
     */
    public CheckInUndone checkInUndone(UUID undoneBy, Instant at) {
        return new CheckInUndone(this, undoneBy, at);
    }
}
