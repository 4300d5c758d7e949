package com.evently.ticketing.ticket.application;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.ticket.application.port.out.CheckInMetrics;
import com.evently.ticketing.ticket.application.port.out.CheckIns;
import com.evently.ticketing.ticket.application.port.out.EventOrganizers;
import com.evently.ticketing.ticket.application.port.out.PassKeys;
import com.evently.ticketing.ticket.application.port.out.PassReading;
import com.evently.ticketing.ticket.application.port.out.PassTokens;
import com.evently.ticketing.ticket.application.port.out.TicketEvents;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.Door;
import com.evently.ticketing.ticket.domain.PassClaims;
import com.evently.ticketing.ticket.domain.PassVerificationKey;
import com.evently.ticketing.ticket.domain.ScanAnswer;
import com.evently.ticketing.ticket.domain.ScanResult;
import com.evently.ticketing.ticket.domain.Scanner;
import com.evently.ticketing.ticket.domain.Ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Answers scans at the door. The pass is verified with the published keys first, so a forged or altered one is
 * INVALID whatever it claims; then the ticket's state and window decide; then the admission itself, which the
 * store allows once per ticket however many scanners race for it. Each scan is answered once: sent again (a lost
 * response, a retry), it gets the same answer.
 */
public class CheckingIn {

    /** A device's backlog after a day offline stays far below this; a larger batch is split by the scanner. */
    static final int MAX_BATCH = 1_000;

    private final Transactions transactions;
    private final CheckIns checkIns;
    private final Tickets tickets;
    private final EventOrganizers organizers;
    private final PassKeys passKeys;
    private final PassTokens passTokens;
    private final TicketEvents events;
    private final CheckInMetrics metrics;
    private final Clock clock;

    public CheckingIn(Transactions transactions, CheckIns checkIns, Tickets tickets, EventOrganizers organizers,
                      PassKeys passKeys, PassTokens passTokens, TicketEvents events, CheckInMetrics metrics,
                      Clock clock) {
        this.transactions = transactions;
        this.checkIns = checkIns;
        this.tickets = tickets;
        this.organizers = organizers;
        this.passKeys = passKeys;
        this.passTokens = passTokens;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A live scan, timed now. */
    public ScanAnswer scan(Scanner scanner, Scan scan) {
        return transactions.inTransaction(() -> {
            Instant now = now();
            Optional<ScanAnswer> before = checkIns.claimScan(scan.scanId(), now);
            if (before.isPresent()) {
                return before.get();
            }
            ScanAnswer answer = judge(scanner, scan, passKeys.verificationKeys(), now, false, now).answer();
            checkIns.answer(scan.scanId(), answer);
            metrics.answered(answer.result());
            return answer;
        });
    }

    /**
     * Scans made offline, each judged at its own scan time, in the order they were made: the first scan of a ticket
     * by time is its admission, also when a later scan of it was synced (or made live) before.
     */
    public SyncedScans sync(Scanner scanner, List<Scan> scans) {
        if (scans.isEmpty() || scans.size() > MAX_BATCH) {
            throw new InvalidInput("A batch holds 1 to " + MAX_BATCH + " scans");
        }
        if (scans.stream().anyMatch(scan -> scan.scannedAt() == null)) {
            throw new InvalidInput("Every offline scan says when it was made (scannedAt)");
        }
        Set<UUID> distinct = new HashSet<>();
        if (!scans.stream().allMatch(scan -> distinct.add(scan.scanId()))) {
            throw new InvalidInput("A scanId appears twice in the batch");
        }
        List<Scan> byTime = scans.stream().sorted(Comparator.comparing(Scan::scannedAt)).toList();
        return transactions.inTransaction(() -> {
            Instant now = now();
            List<PassVerificationKey> keys = passKeys.verificationKeys();
            List<SyncedScans.Answered> answers = new ArrayList<>();
            List<SyncedScans.Conflict> conflicts = new ArrayList<>();
            for (Scan scan : byTime) {
                Optional<ScanAnswer> before = checkIns.claimScan(scan.scanId(), now);
                if (before.isPresent()) {
                    answers.add(new SyncedScans.Answered(scan.scanId(), before.get()));
                    continue;
                }
                // a scan time in the future is a scanner's wrong clock: it is judged as made now
                Instant scannedAt = scan.scannedAt().isAfter(now) ? now : scan.scannedAt().truncatedTo(ChronoUnit.MICROS);
                Judged judged = judge(scanner, scan, keys, scannedAt, true, now);
                checkIns.answer(scan.scanId(), judged.answer());
                metrics.answered(judged.answer().result());
                answers.add(new SyncedScans.Answered(scan.scanId(), judged.answer()));
                judged.conflict().ifPresent(conflicts::add);
            }
            return new SyncedScans(answers, conflicts);
        });
    }

    /** In the database's precision: a scan sent again is answered with exactly the time it was first answered with. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code scannedAt} is when the scan was made, {@code now} when it is answered (the same for a live scan). */
    private Judged judge(Scanner scanner, Scan scan, List<PassVerificationKey> keys, Instant scannedAt,
                         boolean offline, Instant now) {
        if (!(passTokens.read(scan.qrPayload(), keys) instanceof PassReading.Verified(PassClaims claims))) {
            return Judged.without(ScanAnswer.invalid());
        }
        boolean otherEvent = scan.eventId() != null && !scan.eventId().equals(claims.eventId());
        // a scanner that may not run this event's check-in learns nothing about its tickets
        if (otherEvent || !scanner.mayScan(claims.eventId(), organizers.organizerOf(claims.eventId()))) {
            return Judged.without(ScanAnswer.refused(ScanResult.WRONG_EVENT, claims));
        }
        Optional<Ticket> ticket = tickets.byId(claims.ticketId());
        if (ticket.isEmpty()) {
            return Judged.without(ScanAnswer.invalid());
        }
        Optional<ScanResult> refusal = Door.refusal(ticket.get(), claims, scannedAt);
        if (refusal.isPresent()) {
            return Judged.without(ScanAnswer.refused(refusal.get(), claims));
        }
        CheckIn checkIn = CheckIn.of(ticket.get(), scan.gate(), scan.scanId(), scannedAt, offline, scanner);
        if (checkIns.admit(checkIn)) {
            events.ticketAdmitted(checkIn.admitted(now));
            return Judged.without(ScanAnswer.admitted(checkIn, claims.holderInitials()));
        }
        CheckIn first = checkIns.current(checkIn.ticketId())
                .orElseThrow(() -> new IllegalStateException("Admission of " + checkIn.ticketId() + " vanished"));
        if (offline && checkIns.replaceIfLater(checkIn)) {
            // this offline scan came first: it is the admission now, and the one recorded before is the conflict
            return new Judged(ScanAnswer.admitted(checkIn, claims.holderInitials()),
                    Optional.of(conflict(first.scanId(), checkIn)));
        }
        return new Judged(ScanAnswer.alreadyCheckedIn(first, claims.holderInitials()),
                offline ? Optional.of(conflict(scan.scanId(), first)) : Optional.empty());
    }

    private static SyncedScans.Conflict conflict(UUID losingScan, CheckIn admission) {
        return new SyncedScans.Conflict(losingScan, admission.ticketId(), admission.scanId(), admission.checkedInAt(),
                admission.gate());
    }

    private record Judged(ScanAnswer answer, Optional<SyncedScans.Conflict> conflict) {

        static Judged without(ScanAnswer answer) {
            return new Judged(answer, Optional.empty());
        }
    }
}
