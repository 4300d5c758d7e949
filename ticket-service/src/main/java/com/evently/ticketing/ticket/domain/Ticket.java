package com.evently.ticketing.ticket.domain;

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
     * This ticket given to {@code to}: a new ticket for the same seat, with its own id, code and pass. It belongs
     * to {@code account} when the address names one; without one ({@code null}) it is held for a claim. This one
     * is to be {@link #revoked} with it.
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
     * This ticket, held for a claim, now {@code account}'s, made out to {@code holder} (the account's address and
     * name) with a pass that shows the new holder's initials. Id, code and seat stay.
     */
    public Ticket claimedBy(UUID account, TicketHolder holder, CheckInPass newPass) {
        if (!awaitingClaim || !isValid()) {
            throw new IllegalStateException("Only a valid ticket awaiting its claim is claimed");
        }
        return new Ticket(id, bookingId, seatId, account, eventId, sessionId, ticketTypeId, holder, event, code,
                newPass, status, issuedAt, null, null, false);
    }

    /**
     * This ticket, held for a claim that expired unclaimed, back with {@code giver}'s holder: a new ticket for the
     * same seat, with its own id, code and pass, made out to the giver's address and name and belonging to the
     * giver's account (none when the giver's ticket had none: its holder's account finds it by that address). This
     * one is to be {@link #revoked} with it, so the claim link's ticket stops admitting.
     */
    public Ticket returnedTo(Ticket giver, UUID newId, TicketCode newCode, CheckInPass newPass, Instant now) {
        if (!awaitingClaim || !isValid()) {
            throw new IllegalStateException("Only a valid ticket awaiting its claim is returned");
        }
        if (!giver.seatId().equals(seatId)) {
            throw new IllegalArgumentException("A ticket goes back to the holder of its own seat");
        }
        return new Ticket(newId, bookingId, seatId, giver.userId(), eventId, sessionId, ticketTypeId, giver.holder(),
                event, newCode, newPass, TicketStatus.VALID, now, null, null, false);
    }

    /** This ticket replaced by another one (a transfer): its QR code stops admitting. */
    public Ticket revoked(Instant at, String reason) {
        if (!isValid()) {
            return this;
        }
        return new Ticket(id, bookingId, seatId, userId, eventId, sessionId, ticketTypeId, holder, event, code,
                pass, TicketStatus.REVOKED, issuedAt, at, reason, awaitingClaim);
    }
}
