package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Every problem type booking-service answers with beyond the platform's shared ones ({@code PlatformProblem}).
 * The README's "Problem types" table mirrors this list; slugs are part of the API and never change.
 */
public enum BookingProblem implements ProblemType {

    SOLD_OUT("sold-out", "Sold out", HttpStatus.CONFLICT),
    EVENT_CANCELLED("event-cancelled", "Event cancelled", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused", HttpStatus.UNPROCESSABLE_CONTENT),
    INVENTORY_LINE_NOT_FOUND("inventory-line-not-found", "Not on sale", HttpStatus.NOT_FOUND),
    BOOKING_NOT_FOUND("booking-not-found", "Booking not found", HttpStatus.NOT_FOUND),
    EVENT_NOT_FOUND("event-not-found", "Event not found", HttpStatus.NOT_FOUND),
    BUSY("busy", "Too busy, try again", HttpStatus.SERVICE_UNAVAILABLE);

    private final String slug;
    private final String title;
    private final HttpStatus status;

    BookingProblem(String slug, String title, HttpStatus status) {
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
