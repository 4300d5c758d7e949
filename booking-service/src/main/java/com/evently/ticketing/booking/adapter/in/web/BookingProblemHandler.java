package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.AlreadyWaitingConflict;
import com.evently.ticketing.booking.application.BookingNotFound;
import com.evently.ticketing.booking.application.BookingsOfOthersNotPermitted;
import com.evently.ticketing.booking.application.CancellationClosedConflict;
import com.evently.ticketing.booking.application.EventCancelledConflict;
import com.evently.ticketing.booking.application.EventCompletedConflict;
import com.evently.ticketing.booking.application.EventNotFound;
import com.evently.ticketing.booking.application.FeedbackAlreadyGivenConflict;
import com.evently.ticketing.booking.application.FeedbackNotOpenConflict;
import com.evently.ticketing.booking.application.IdempotencyKeyReused;
import com.evently.ticketing.booking.application.InventoryLineNotFound;
import com.evently.ticketing.booking.application.OrganizerViewNotPermitted;
import com.evently.ticketing.booking.application.RsvpNotOfferedConflict;
import com.evently.ticketing.booking.application.SeatsStillOnSaleConflict;
import com.evently.ticketing.booking.application.SessionStartedConflict;
import com.evently.ticketing.booking.application.TicketTypeRetiredConflict;
import com.evently.ticketing.booking.application.WaitlistEntryNotFound;
import com.evently.ticketing.booking.application.WaitlistOfferClosedConflict;
import com.evently.ticketing.booking.application.WaitlistOfferNotFound;
import com.evently.ticketing.booking.application.port.out.LineBusy;
import com.evently.ticketing.booking.domain.BookingCancelledConflict;
import com.evently.ticketing.booking.domain.CapacityBelowSoldConflict;
import com.evently.ticketing.booking.domain.SeatLimitConflict;
import com.evently.ticketing.booking.domain.SoldOutConflict;
import com.evently.ticketing.booking.domain.TooManySeats;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The expected failures of booking's use cases, each answered once from the {@link BookingProblem} catalogue. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(BookingProblemHandler.class);

    @ExceptionHandler(SoldOutConflict.class)
    ProblemDetail soldOut(SoldOutConflict soldOut) {
        ProblemDetail problem = Problems.of(BookingProblem.SOLD_OUT, soldOut.getMessage());
        problem.setProperty("available", soldOut.available());
        return problem;
    }

    @ExceptionHandler(EventCancelledConflict.class)
    ProblemDetail eventCancelled(EventCancelledConflict cancelled) {
        ProblemDetail problem = Problems.of(BookingProblem.EVENT_CANCELLED, cancelled.getMessage());
        problem.setProperty("cancelledAt", cancelled.cancellation().cancelledAt());
        if (cancelled.cancellation().reason() != null) {
            problem.setProperty("reason", cancelled.cancellation().reason());
        }
        return problem;
    }

    @ExceptionHandler(EventCompletedConflict.class)
    ProblemDetail eventCompleted(EventCompletedConflict completed) {
        ProblemDetail problem = Problems.of(BookingProblem.EVENT_COMPLETED, completed.getMessage());
        problem.setProperty("completedAt", completed.completion().completedAt());
        return problem;
    }

    @ExceptionHandler(TicketTypeRetiredConflict.class)
    ProblemDetail ticketTypeRetired(TicketTypeRetiredConflict retired) {
        return Problems.of(BookingProblem.TICKET_TYPE_RETIRED, retired.getMessage());
    }

    /** The seat limit is configuration, checked by the use case: to the client it is a field like any other. */
    @ExceptionHandler(TooManySeats.class)
    ProblemDetail tooManySeats(TooManySeats tooMany) {
        return Problems.validationFailed("Some fields are missing or invalid.",
                List.of(new Problems.FieldError("quantity", tooMany.getMessage())));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReused reused) {
        return Problems.of(BookingProblem.IDEMPOTENCY_KEY_REUSED, reused.getMessage());
    }

    @ExceptionHandler(InventoryLineNotFound.class)
    ProblemDetail inventoryLineNotFound(InventoryLineNotFound notFound) {
        return Problems.of(BookingProblem.INVENTORY_LINE_NOT_FOUND, notFound.getMessage());
    }

    @ExceptionHandler(BookingNotFound.class)
    ProblemDetail bookingNotFound(BookingNotFound notFound) {
        return Problems.of(BookingProblem.BOOKING_NOT_FOUND, notFound.getMessage());
    }

    @ExceptionHandler(EventNotFound.class)
    ProblemDetail eventNotFound(EventNotFound notFound) {
        return Problems.of(BookingProblem.EVENT_NOT_FOUND, notFound.getMessage());
    }

    @ExceptionHandler(BookingCancelledConflict.class)
    ProblemDetail bookingCancelled(BookingCancelledConflict cancelled) {
        return Problems.of(BookingProblem.BOOKING_CANCELLED, cancelled.getMessage());
    }

    @ExceptionHandler(SessionStartedConflict.class)
    ProblemDetail sessionStarted(SessionStartedConflict started) {
        ProblemDetail problem = Problems.of(BookingProblem.SESSION_STARTED, started.getMessage());
        problem.setProperty("startedAt", started.startedAt());
        return problem;
    }

    @ExceptionHandler(CancellationClosedConflict.class)
    ProblemDetail cancellationClosed(CancellationClosedConflict closed) {
        ProblemDetail problem = Problems.of(BookingProblem.CANCELLATION_CLOSED, closed.getMessage());
        problem.setProperty("closedAt", closed.closedAt());
        return problem;
    }

    @ExceptionHandler(SeatLimitConflict.class)
    ProblemDetail seatLimitConflict(SeatLimitConflict reached) {
        ProblemDetail problem = Problems.of(BookingProblem.SEAT_LIMIT_REACHED, reached.getMessage());
        problem.setProperty("maxSeatsPerUser", reached.maxSeatsPerUser());
        problem.setProperty("held", reached.held());
        return problem;
    }

    /** {@code soldSeats} tells the catalog (and through it the organizer) the lowest capacity that would fit. */
    @ExceptionHandler(CapacityBelowSoldConflict.class)
    ProblemDetail capacityBelowSold(CapacityBelowSoldConflict below) {
        ProblemDetail problem = Problems.of(BookingProblem.CAPACITY_BELOW_SOLD, below.getMessage());
        problem.setProperty("soldSeats", below.soldSeats());
        problem.setProperty("sessionId", below.line().sessionId());
        return problem;
    }

    @ExceptionHandler(RsvpNotOfferedConflict.class)
    ProblemDetail rsvpNotOffered(RsvpNotOfferedConflict notOffered) {
        return Problems.of(BookingProblem.RSVP_NOT_OFFERED, notOffered.getMessage());
    }

    @ExceptionHandler(BookingsOfOthersNotPermitted.class)
    ProblemDetail bookingsOfOthersNotPermitted(BookingsOfOthersNotPermitted notPermitted) {
        return Problems.of(PlatformProblem.FORBIDDEN, notPermitted.getMessage());
    }

    /** Lock conflicts outlasted every retry: the service is overloaded, not broken; the client may retry. */
    @ExceptionHandler(Transactions.Contended.class)
    ResponseEntity<ProblemDetail> contended(Transactions.Contended contended) {
        log.warn("Booking transaction gave up after retries", contended);
        return ResponseEntity.status(BookingProblem.BUSY.status())
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(BookingProblem.BUSY,
                        "Too many concurrent bookings for these seats; retry with the same Idempotency-Key."));
    }

    /** Admission control: too many sales of this line in flight here; refused before anything was stored. */
    @ExceptionHandler(LineBusy.class)
    ResponseEntity<ProblemDetail> lineBusy(LineBusy busy) {
        return ResponseEntity.status(BookingProblem.BUSY.status())
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(BookingProblem.BUSY, busy.getMessage()));
    }

    // The waiting list.

    @ExceptionHandler(SeatsStillOnSaleConflict.class)
    ProblemDetail seatsStillOnSale(SeatsStillOnSaleConflict onSale) {
        ProblemDetail problem = Problems.of(BookingProblem.SEATS_STILL_ON_SALE, onSale.getMessage());
        problem.setProperty("available", onSale.available());
        return problem;
    }

    @ExceptionHandler(AlreadyWaitingConflict.class)
    ProblemDetail alreadyWaiting(AlreadyWaitingConflict waiting) {
        return Problems.of(BookingProblem.ALREADY_WAITING, waiting.getMessage());
    }

    @ExceptionHandler(WaitlistEntryNotFound.class)
    ProblemDetail waitlistEntryNotFound(WaitlistEntryNotFound notFound) {
        return Problems.of(BookingProblem.WAITLIST_ENTRY_NOT_FOUND, notFound.getMessage());
    }

    @ExceptionHandler(WaitlistOfferNotFound.class)
    ProblemDetail waitlistOfferNotFound(WaitlistOfferNotFound notFound) {
        return Problems.of(BookingProblem.WAITLIST_OFFER_NOT_FOUND, notFound.getMessage());
    }

    @ExceptionHandler(WaitlistOfferClosedConflict.class)
    ProblemDetail waitlistOfferClosed(WaitlistOfferClosedConflict closed) {
        ProblemDetail problem = Problems.of(BookingProblem.WAITLIST_OFFER_CLOSED, closed.getMessage());
        problem.setProperty("offerStatus", closed.status().name());
        return problem;
    }

    // Attendee lists and feedback.

    @ExceptionHandler(OrganizerViewNotPermitted.class)
    ProblemDetail organizerViewNotPermitted(OrganizerViewNotPermitted notPermitted) {
        return Problems.of(PlatformProblem.FORBIDDEN, notPermitted.getMessage());
    }

    @ExceptionHandler(FeedbackAlreadyGivenConflict.class)
    ProblemDetail feedbackAlreadyGiven(FeedbackAlreadyGivenConflict conflict) {
        return Problems.of(BookingProblem.FEEDBACK_ALREADY_GIVEN, conflict.getMessage());
    }

    @ExceptionHandler(FeedbackNotOpenConflict.class)
    ProblemDetail feedbackNotOpen(FeedbackNotOpenConflict conflict) {
        return Problems.of(BookingProblem.FEEDBACK_NOT_OPEN, conflict.getMessage());
    }
}
