package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.BookingNotFound;
import com.evently.ticketing.booking.application.EventNotFound;
import com.evently.ticketing.booking.application.EventWasCancelled;
import com.evently.ticketing.booking.application.IdempotencyKeyReused;
import com.evently.ticketing.booking.application.InventoryLineNotFound;
import com.evently.ticketing.booking.domain.SoldOut;
import com.evently.ticketing.booking.domain.TooManySeats;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.web.PlatformProblemHandler;
import com.evently.ticketing.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The expected failures of booking's use cases, each mapped once to problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingProblems {

    private static final Logger log = LoggerFactory.getLogger(BookingProblems.class);

    @ExceptionHandler(SoldOut.class)
    ProblemDetail soldOut(SoldOut soldOut) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "sold-out", "Sold out", soldOut.getMessage());
        problem.setProperty("available", soldOut.available());
        return problem;
    }

    @ExceptionHandler(EventWasCancelled.class)
    ProblemDetail eventCancelled(EventWasCancelled cancelled) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "event-cancelled", "Event cancelled", cancelled.getMessage());
        problem.setProperty("cancelledAt", cancelled.cancellation().cancelledAt());
        if (cancelled.cancellation().reason() != null) {
            problem.setProperty("reason", cancelled.cancellation().reason());
        }
        return problem;
    }

    @ExceptionHandler(TooManySeats.class)
    ProblemDetail tooManySeats(TooManySeats tooMany) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "Some fields are missing or invalid.");
        problem.setProperty("errors", List.of(new PlatformProblemHandler.FieldError("quantity", tooMany.getMessage())));
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReused reused) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency key reused",
                reused.getMessage());
    }

    @ExceptionHandler(InventoryLineNotFound.class)
    ProblemDetail inventoryLineNotFound(InventoryLineNotFound notFound) {
        return Problems.of(HttpStatus.NOT_FOUND, "inventory-line-not-found", "Not on sale", notFound.getMessage());
    }

    @ExceptionHandler(BookingNotFound.class)
    ProblemDetail bookingNotFound(BookingNotFound notFound) {
        return Problems.of(HttpStatus.NOT_FOUND, "booking-not-found", "Booking not found", notFound.getMessage());
    }

    @ExceptionHandler(EventNotFound.class)
    ProblemDetail eventNotFound(EventNotFound notFound) {
        return Problems.of(HttpStatus.NOT_FOUND, "event-not-found", "Event not found", notFound.getMessage());
    }

    /** Lock conflicts outlasted every retry: the service is overloaded, not broken; the client may retry. */
    @ExceptionHandler(Transactions.Contended.class)
    ResponseEntity<ProblemDetail> contended(Transactions.Contended contended) {
        log.warn("Booking transaction gave up after retries", contended);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Too busy, try again",
                        "Too many concurrent bookings for these seats; retry with the same Idempotency-Key."));
    }
}
