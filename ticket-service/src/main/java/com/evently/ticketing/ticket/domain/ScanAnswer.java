package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The answer to one scan, the same every time that scan is sent again. {@code checkedInAt} and {@code gate} are
 * those of the admission: this scan's for {@link ScanResult#ADMITTED}, the first one's for
 * {@link ScanResult#ALREADY_CHECKED_IN}; {@code holderInitials} let door staff match the pass to its bearer. Only
 * a verified pass names its ticket.
 */
public record ScanAnswer(ScanResult result, UUID ticketId, String holderInitials, Instant checkedInAt, String gate) {

    public ScanAnswer {
        Objects.requireNonNull(result, "result");
    }

    public static ScanAnswer invalid() {
        return new ScanAnswer(ScanResult.INVALID, null, null, null, null);
    }

    public static ScanAnswer refused(ScanResult result, PassClaims claims) {
        return new ScanAnswer(result, claims.ticketId(), claims.holderInitials(), null, null);
    }

    public static ScanAnswer admitted(CheckIn checkIn, String holderInitials) {
        return new ScanAnswer(ScanResult.ADMITTED, checkIn.ticketId(), holderInitials, checkIn.checkedInAt(),
                checkIn.gate());
    }

    public static ScanAnswer alreadyCheckedIn(CheckIn first, String holderInitials) {
        return new ScanAnswer(ScanResult.ALREADY_CHECKED_IN, first.ticketId(), holderInitials, first.checkedInAt(),
                first.gate());
    }
}
