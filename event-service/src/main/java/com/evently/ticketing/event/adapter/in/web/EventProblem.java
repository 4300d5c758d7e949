package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * event-service's catalogue of its own problem types; the failures every service shares (forbidden, validation,
 * malformed or oversize bodies) are {@link PlatformProblem}s. The README's "Problem types" table mirrors both.
 */
public final class EventProblem {

    /** No such event, or a draft the caller may not see: answered alike, so drafts stay private. */
    public static final ProblemType EVENT_NOT_FOUND =
            new ProblemType("event-not-found", "Event not found", HttpStatus.NOT_FOUND);

    /** The lifecycle does not allow the change, e.g. publishing twice or deleting a published event. */
    public static final ProblemType INVALID_STATE =
            new ProblemType("invalid-state", "Invalid event state", HttpStatus.CONFLICT);

    /** A revision of a published event would change its sessions or ticket types. */
    public static final ProblemType PUBLISHED_STRUCTURE_LOCKED =
            new ProblemType("published-structure-locked", "Sessions and ticket types are fixed once published",
                    HttpStatus.CONFLICT);

    /** Another writer changed the event between this request's read and its write. */
    public static final ProblemType CONCURRENT_CHANGE =
            new ProblemType("concurrent-change", "Changed concurrently", HttpStatus.CONFLICT);

    /** The If-Match version is no longer the event's current one. */
    public static final ProblemType STALE_VERSION =
            new ProblemType("stale-version", "Stale version", HttpStatus.PRECONDITION_FAILED);

    /** A change came without If-Match (or with {@code *}), so it could overwrite another unseen. */
    public static final ProblemType PRECONDITION_REQUIRED =
            new ProblemType("precondition-required", "If-Match required", HttpStatus.PRECONDITION_REQUIRED);

    /** The event has no ticket type with that id. */
    public static final ProblemType TICKET_TYPE_NOT_FOUND =
            new ProblemType("ticket-type-not-found", "Ticket type not found", HttpStatus.NOT_FOUND);

    /** Booking-service refused a capacity below the seats already sold; {@code soldSeats} is the lowest that fits. */
    public static final ProblemType CAPACITY_BELOW_SOLD =
            new ProblemType("capacity-below-sold", "Capacity below seats sold", HttpStatus.CONFLICT);

    /** Booking-service could not confirm a capacity change in time; nothing changed, the organizer may retry. */
    public static final ProblemType BOOKING_UNAVAILABLE =
            new ProblemType("booking-unavailable", "Booking service unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    private EventProblem() {
    }
}
