package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * event-service's catalogue of its own problem types; the failures every service shares (forbidden, validation,
 * malformed or oversize bodies) are {@link PlatformProblem}s. The README's "Problem types" table mirrors both.
 */
public enum EventProblem implements ProblemType {

    /** No such event, or a draft the caller may not see: answered alike, so drafts stay private. */
    EVENT_NOT_FOUND("event-not-found", "Event not found", HttpStatus.NOT_FOUND),
    /** The lifecycle does not allow the change, e.g. publishing twice or deleting a published event. */
    INVALID_STATE("invalid-state", "Invalid event state", HttpStatus.CONFLICT),
    /** A revision of a published event would change its sessions or ticket types. */
    PUBLISHED_STRUCTURE_LOCKED("published-structure-locked", "Sessions and ticket types are fixed once published",
            HttpStatus.CONFLICT),
    /** Another writer changed the event between this request's read and its write. */
    CONCURRENT_CHANGE("concurrent-change", "Changed concurrently", HttpStatus.CONFLICT),
    /** The If-Match version is no longer the event's current one. */
    STALE_VERSION("stale-version", "Stale version", HttpStatus.PRECONDITION_FAILED),
    /** A change came without If-Match (or with {@code *}), so it could overwrite another unseen. */
    PRECONDITION_REQUIRED("precondition-required", "If-Match required", HttpStatus.PRECONDITION_REQUIRED);

    private final String slug;
    private final String title;
    private final HttpStatus status;

    EventProblem(String slug, String title, HttpStatus status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
