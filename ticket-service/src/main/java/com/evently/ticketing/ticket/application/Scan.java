package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.UUID;

/**
 * One scan at the door. {@code scanId} is the scanner's own id for it (a UUID it makes), so a scan sent again
 * after a lost response gets the same answer. {@code eventId}, optional, is the event the scanner works for:
 * another event's ticket is then WRONG_EVENT even for someone who may run both. {@code scannedAt} is set for scans
 * made offline and synced later; a live scan is timed on arrival.
 */
public record Scan(String qrPayload, String gate, UUID scanId, UUID eventId, Instant scannedAt) {

    static final int MAX_GATE_LENGTH = 100;

    public Scan {
        if (qrPayload == null) {
            throw new InvalidInput("qrPayload is required");
        }
        if (scanId == null) {
            throw new InvalidInput("scanId is required: a UUID the scanner makes for each scan");
        }
        gate = gate == null || gate.isBlank() ? null : gate.strip();
        if (gate != null && gate.length() > MAX_GATE_LENGTH) {
            throw new InvalidInput("gate is at most " + MAX_GATE_LENGTH + " characters");
        }
    }
}
