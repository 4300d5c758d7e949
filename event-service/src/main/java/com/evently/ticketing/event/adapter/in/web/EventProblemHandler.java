package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.EventManagementNotPermitted;
import com.evently.ticketing.event.application.EventNotFound;
import com.evently.ticketing.event.application.SignInRequired;
import com.evently.ticketing.event.application.StaleEventVersion;
import com.evently.ticketing.event.application.port.out.BookingUnavailable;
import com.evently.ticketing.event.application.port.out.CapacityBelowSoldConflict;
import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.domain.EventStateConflict;
import com.evently.ticketing.event.domain.PublishedStructureConflict;
import com.evently.ticketing.event.domain.TicketTypeNotFound;
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

/**
 * event-service's expected failures as problem+json, each of a type in {@link EventProblem} (or a shared
 * {@link PlatformProblem}); ordered before the platform's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(EventProblemHandler.class);

    @ExceptionHandler
    ProblemDetail eventNotFound(EventNotFound ex) {
        return Problems.of(EventProblem.EVENT_NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notPermitted(EventManagementNotPermitted ex) {
        return Problems.of(PlatformProblem.FORBIDDEN, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail signInRequired(SignInRequired ex) {
        return Problems.of(PlatformProblem.UNAUTHORIZED, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidState(EventStateConflict ex) {
        ProblemDetail problem = Problems.of(EventProblem.INVALID_STATE, ex.getMessage());
        problem.setProperty("eventStatus", ex.status().name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail structureLocked(PublishedStructureConflict ex) {
        return Problems.of(EventProblem.PUBLISHED_STRUCTURE_LOCKED, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail concurrentChange(EventChangeConflict ex) {
        return Problems.of(EventProblem.CONCURRENT_CHANGE, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail staleVersion(StaleEventVersion ex) {
        return Problems.of(EventProblem.STALE_VERSION, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail ticketTypeNotFound(TicketTypeNotFound ex) {
        return Problems.of(EventProblem.TICKET_TYPE_NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail capacityBelowSold(CapacityBelowSoldConflict ex) {
        ProblemDetail problem = Problems.of(EventProblem.CAPACITY_BELOW_SOLD, ex.getMessage());
        problem.setProperty("soldSeats", ex.soldSeats());
        return problem;
    }

    /** The cause goes to the log only: it names internal hosts. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> bookingUnavailable(BookingUnavailable ex) {
        log.warn("Capacity change not confirmed by booking-service: {}", ex.getMessage());
        return ResponseEntity.status(EventProblem.BOOKING_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.of(EventProblem.BOOKING_UNAVAILABLE,
                        "Seats could not be confirmed with the booking service; nothing was changed. Try again."));
    }

    @ExceptionHandler
    ProblemDetail preconditionRequired(PreconditionRequired ex) {
        return Problems.of(EventProblem.PRECONDITION_REQUIRED, ex.getMessage());
    }
}
