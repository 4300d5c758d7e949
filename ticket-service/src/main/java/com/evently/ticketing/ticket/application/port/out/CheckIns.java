package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.CheckInCount;
import com.evently.ticketing.ticket.domain.ScanAnswer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Admissions at the door, and the answer given to every scan. */
public interface CheckIns {

    /**
     * Claims {@code scanId} for the current transaction, or returns the answer it got before. A scan sent twice at
     * once is answered once: the second waits for the first to commit, then gets its answer.
     */
    Optional<ScanAnswer> claimScan(UUID scanId, Instant receivedAt);

    /** Stores the answer to a scan claimed in this transaction. */
    void answer(UUID scanId, ScanAnswer answer);

    /** Records the ticket's admission unless it has one already; true when this one is it. Safe under concurrency. */
    boolean admit(CheckIn checkIn);

    /** The ticket's admission, unless it has none (or it was undone). */
    Optional<CheckIn> current(UUID ticketId);

    /** Puts {@code earlier} in place of the ticket's admission if that one was scanned later; true when it did. */
    boolean replaceIfLater(CheckIn earlier);

    /** Undoes the ticket's admission; false when it had none. */
    boolean undo(UUID ticketId, UUID undoneBy, Instant at);

    /** Admissions of the event per session and gate. */
    List<CheckInCount> countsOf(UUID eventId);
}
