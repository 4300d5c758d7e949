package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.ticket.application.CheckingIn;
import com.evently.ticketing.ticket.application.Scan;
import com.evently.ticketing.ticket.application.SyncedScans;
import com.evently.ticketing.ticket.application.UndoingCheckIn;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.ScanAnswer;
import com.evently.ticketing.ticket.domain.Scanner;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Scanning at the door, live or synced from an offline scanner, and undoing a mistaken admission. Every scan is
 * answered 200 with its result, refusals included: a scanner shows the answer, it does not handle errors.
 */
@RestController
@RequestMapping("/api/v1/check-ins")
class CheckInController {

    private final CheckingIn checkingIn;
    private final UndoingCheckIn undoingCheckIn;

    CheckInController(CheckingIn checkingIn, UndoingCheckIn undoingCheckIn) {
        this.checkingIn = checkingIn;
        this.undoingCheckIn = undoingCheckIn;
    }

    @Operation(operationId = "checkIn", summary = "Check a ticket in")
    @PostMapping
    ScanResponse scan(@RequestBody ScanRequest request, AuthenticatedUser caller) {
        ScanAnswer answer = checkingIn.scan(Scanner.crew(Actor.of(caller.caller())), request.toScan(null));
        return ScanResponse.of(request.scanId(), answer);
    }

    @Operation(operationId = "checkInBatch", summary = "Upload check-ins made offline")
    @PostMapping("/batch")
    BatchResponse sync(@RequestBody BatchRequest request, AuthenticatedUser caller) {
        return BatchResponse.of(checkingIn.sync(Scanner.crew(Actor.of(caller.caller())), request.toScans()));
    }

    @Operation(operationId = "undoCheckIn", summary = "Undo a check-in")
    @DeleteMapping("/{ticketId}")
    ResponseEntity<Void> undo(@PathVariable UUID ticketId, AuthenticatedUser caller) {
        boolean undone = undoingCheckIn.undo(Actor.of(caller.caller()), ticketId);
        return undone ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    record ScanRequest(String qrPayload, String gate, UUID scanId, UUID eventId, Instant scannedAt) {

        Scan toScan(Instant at) {
            return new Scan(qrPayload, gate, scanId, eventId, at);
        }
    }

    record BatchRequest(List<ScanRequest> scans) {

        /** A {@code null} in the list is refused like any other malformed scan, not left to fail as a 500. */
        List<Scan> toScans() {
            if (scans == null) {
                return List.of();
            }
            if (scans.contains(null)) {
                throw new InvalidInput("A batch holds scans, not null");
            }
            return scans.stream().map(scan -> scan.toScan(scan.scannedAt())).toList();
        }
    }

    record ScanResponse(UUID scanId, String result, UUID ticketId, String holderInitials, Instant checkedInAt,
                        String gate) {

        static ScanResponse of(UUID scanId, ScanAnswer answer) {
            return new ScanResponse(scanId, answer.result().name(), answer.ticketId(), answer.holderInitials(),
                    answer.checkedInAt(), answer.gate());
        }
    }

    record BatchResponse(List<ScanResponse> results, List<SyncedScans.Conflict> conflicts) {

        static BatchResponse of(SyncedScans synced) {
            return new BatchResponse(synced.answers().stream()
                    .map(answered -> ScanResponse.of(answered.scanId(), answered.answer())).toList(), synced.conflicts());
        }
    }
}
