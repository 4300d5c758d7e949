package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.WaitlistEntry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The waiting lists, one per inventory line, in the order users joined. Every change is made while the current
 * transaction holds the line's lock, so the order read by whoever offers seats cannot change under it.
 */
public interface Waitlist {

    /** Adds the entry; {@code false}, and nothing added, when the user already waits on that line. */
    boolean add(WaitlistEntry entry);

    /** The line's entries, first in line first. */
    List<WaitlistEntry> inLine(InventoryLineKey line);

    void remove(UUID entryId);

    /** Removes the user's entry on the line; {@code false} when there was none. */
    boolean removeOf(UUID userId, InventoryLineKey line);

    /** The user's entries for the event's lines, each with its place in its line (1 = next to be offered). */
    List<Standing> standingsOf(UUID userId, UUID eventId);

    /** How long offers of this event stay open, when the event sets its own lifetime. */
    Optional<Duration> offerLifetimeOf(UUID eventId);

    record Standing(WaitlistEntry entry, int position) {
    }
}
