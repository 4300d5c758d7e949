package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.ticket.application.ReadingCheckIns;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CheckInCount;
import com.evently.ticketing.ticket.domain.Scanner;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An event's check-in as its crew sees it: the revocation list for offline scanners and the admissions so far. */
@RestController
@RequestMapping("/api/v1/events/{eventId}/check-in")
class EventCheckInController {

    private final ReadingCheckIns readingCheckIns;
    private final Clock clock;

    EventCheckInController(ReadingCheckIns readingCheckIns, Clock clock) {
        this.readingCheckIns = readingCheckIns;
        this.clock = clock;
    }

    /** Incremental: pass the previous answer's {@code next} as {@code since}; without it the whole list. */
    @Operation(operationId = "revocations", summary = "Tickets no longer valid for an event since a time")
    @GetMapping("/revocations")
    RevocationsResponse revocations(@PathVariable UUID eventId, @RequestParam(required = false) OffsetDateTime since,
                                    AuthenticatedUser caller) {
        Instant from = since == null ? null : since.toInstant();
        return RevocationsResponse.of(readingCheckIns.revocations(Scanner.crew(Actor.of(caller.caller())), eventId,
                from), from, clock);
    }

    @Operation(operationId = "checkInCounts", summary = "Check-in counts of an event")
    @GetMapping("/counts")
    CountsResponse counts(@PathVariable UUID eventId, AuthenticatedUser caller) {
        List<CheckInCount> counts = readingCheckIns.counts(Actor.of(caller.caller()), eventId);
        return new CountsResponse(counts, counts.stream().mapToLong(CheckInCount::admitted).sum());
    }

    record CountsResponse(List<CheckInCount> items, long total) {
    }
}
