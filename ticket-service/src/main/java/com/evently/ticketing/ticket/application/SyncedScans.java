package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.ScanAnswer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a batch of offline scans came to: each scan's answer, and the conflicts: scans of a ticket that an earlier
 * scan (by scan time, from this batch or any other) admitted.
 */
public record SyncedScans(List<Answered> answers, List<Conflict> conflicts) {

    public SyncedScans {
        answers = List.copyOf(answers);
        conflicts = List.copyOf(conflicts);
    }

    public record Answered(UUID scanId, ScanAnswer answer) {
    }

    /** {@code scanId} did not admit {@code ticketId}: {@code admittingScanId} did, at {@code admittedAt}. */
    public record Conflict(UUID scanId, UUID ticketId, UUID admittingScanId, Instant admittedAt, String admittingGate) {
    }
}
