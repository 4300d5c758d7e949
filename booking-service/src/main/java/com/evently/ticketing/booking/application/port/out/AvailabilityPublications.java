package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.AvailabilityChange;
import com.evently.ticketing.booking.domain.AvailabilityNotice;

import java.util.List;

/** What was last announced about each inventory line's seats. */
public interface AvailabilityPublications {

    /**
     * Up to {@code limit} lines whose capacity or seats left differ from what was last announced (or that were never
     * announced), each held by the current transaction until it ends. Lines another transaction holds are skipped,
     * not waited for: that transaction is announcing them.
     */
    List<AvailabilityChange> claimChanged(int limit);

    /** Remembers these notices as the last announced for their lines; the lines must be claimed. */
    void recordAnnounced(List<AvailabilityNotice> notices);
}
