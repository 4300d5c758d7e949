package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Every problem type booking-service answers with beyond the platform's shared ones ({@code PlatformProblem}).
 * The README's "Problem types" table mirrors this list; slugs are part of the API and never change.
 */
public final class BookingProblem {

    public static final ProblemType SOLD_OUT = new ProblemType("sold-out", "Sold out", HttpStatus.CONFLICT);
    public static final ProblemType EVENT_CANCELLED =
            new ProblemType("event-cancelled", "Event cancelled", HttpStatus.CONFLICT);
    public static final ProblemType IDEMPOTENCY_KEY_REUSED =
            new ProblemType("idempotency-key-reused", "Idempotency key reused", HttpStatus.UNPROCESSABLE_CONTENT);
    public static final ProblemType INVENTORY_LINE_NOT_FOUND =
            new ProblemType("inventory-line-not-found", "Not on sale", HttpStatus.NOT_FOUND);
    public static final ProblemType BOOKING_NOT_FOUND =
            new ProblemType("booking-not-found", "Booking not found", HttpStatus.NOT_FOUND);
    public static final ProblemType EVENT_NOT_FOUND =
            new ProblemType("event-not-found", "Event not found", HttpStatus.NOT_FOUND);
    public static final ProblemType BOOKING_CANCELLED =
            new ProblemType("booking-cancelled", "Booking cancelled", HttpStatus.CONFLICT);
    public static final ProblemType SESSION_STARTED =
            new ProblemType("session-started", "Session started", HttpStatus.CONFLICT);
    public static final ProblemType CANCELLATION_CLOSED =
            new ProblemType("cancellation-closed", "Cancellation closed", HttpStatus.CONFLICT);
    public static final ProblemType SEAT_LIMIT_REACHED =
            new ProblemType("seat-limit-reached", "Seat limit reached", HttpStatus.CONFLICT);
    public static final ProblemType RSVP_NOT_OFFERED =
            new ProblemType("rsvp-not-offered", "No RSVP for paid tickets", HttpStatus.CONFLICT);
    public static final ProblemType BUSY =
            new ProblemType("busy", "Too busy, try again", HttpStatus.SERVICE_UNAVAILABLE);
    public static final ProblemType FEEDBACK_ALREADY_GIVEN =
            new ProblemType("feedback-already-given", "Feedback already given", HttpStatus.CONFLICT);
    public static final ProblemType FEEDBACK_NOT_OPEN =
            new ProblemType("feedback-not-open", "Feedback not open", HttpStatus.CONFLICT);
    public static final ProblemType EVENT_COMPLETED =
            new ProblemType("event-completed", "Event completed", HttpStatus.CONFLICT);
    public static final ProblemType TICKET_TYPE_RETIRED =
            new ProblemType("ticket-type-retired", "Ticket type retired", HttpStatus.CONFLICT);
    public static final ProblemType CAPACITY_BELOW_SOLD =
            new ProblemType("capacity-below-sold", "Capacity below seats sold", HttpStatus.CONFLICT);

    // The waiting list.
    public static final ProblemType SEATS_STILL_ON_SALE =
            new ProblemType("seats-still-on-sale", "Seats still on sale", HttpStatus.CONFLICT);
    public static final ProblemType ALREADY_WAITING =
            new ProblemType("already-waiting", "Already on the waiting list", HttpStatus.CONFLICT);
    public static final ProblemType WAITLIST_ENTRY_NOT_FOUND =
            new ProblemType("waitlist-entry-not-found", "Not on the waiting list", HttpStatus.NOT_FOUND);
    public static final ProblemType WAITLIST_OFFER_NOT_FOUND =
            new ProblemType("waitlist-offer-not-found", "Offer not found", HttpStatus.NOT_FOUND);
    public static final ProblemType WAITLIST_OFFER_CLOSED =
            new ProblemType("waitlist-offer-closed", "Offer no longer open", HttpStatus.CONFLICT);

    private BookingProblem() {
    }
}
