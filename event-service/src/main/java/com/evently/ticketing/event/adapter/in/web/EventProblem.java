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

    private EventProblem() {
    }
}
