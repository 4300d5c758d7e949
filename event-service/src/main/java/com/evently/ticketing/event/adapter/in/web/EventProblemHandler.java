package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.EventManagementNotPermitted;
import com.evently.ticketing.event.application.EventNotFound;
import com.evently.ticketing.event.application.SignInRequired;
import com.evently.ticketing.event.application.StaleEventVersion;
import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.domain.EventStateConflict;
import com.evently.ticketing.event.domain.PublishedStructureLocked;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * event-service's expected failures as problem+json, each of a type in {@link EventProblem} (or a shared
 * {@link PlatformProblem}); ordered before the platform's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventProblemHandler {

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
    ProblemDetail structureLocked(PublishedStructureLocked ex) {
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
    ProblemDetail preconditionRequired(PreconditionRequired ex) {
        return Problems.of(EventProblem.PRECONDITION_REQUIRED, ex.getMessage());
    }
}
