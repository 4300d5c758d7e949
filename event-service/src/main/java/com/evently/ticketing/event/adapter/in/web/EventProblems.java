package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.EventNotFoundException;
import com.evently.ticketing.event.application.NotPermittedException;
import com.evently.ticketing.event.application.StaleEventVersionException;
import com.evently.ticketing.event.application.port.out.ConcurrentEventChangeException;
import com.evently.ticketing.event.domain.InvalidEventStateException;
import com.evently.ticketing.event.domain.PublishedStructureLockedException;
import com.evently.ticketing.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** event-service's expected failures as problem+json; ordered before the platform's catch-all handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventProblems {

    @ExceptionHandler
    ProblemDetail eventNotFound(EventNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, "event-not-found", "Event not found", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notPermitted(NotPermittedException ex) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidState(InvalidEventStateException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "invalid-state", "Invalid event state", ex.getMessage());
        problem.setProperty("eventStatus", ex.status().name());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail structureLocked(PublishedStructureLockedException ex) {
        return Problems.of(HttpStatus.CONFLICT, "published-structure-locked",
                "Sessions and ticket types are fixed once published", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail concurrentChange(ConcurrentEventChangeException ex) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail staleVersion(StaleEventVersionException ex) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
        return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "precondition-required", "If-Match required",
                ex.getMessage());
    }

}
