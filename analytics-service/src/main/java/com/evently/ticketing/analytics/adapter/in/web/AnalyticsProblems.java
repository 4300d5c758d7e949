package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.AdminOnlyException;
import com.evently.ticketing.analytics.application.UnknownEventException;
import com.evently.ticketing.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps this service's expected failures to problem+json; everything else is the platform's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalyticsProblems {

    @ExceptionHandler
    ProblemDetail unknownEvent(UnknownEventException exception) {
        return Problems.of(HttpStatus.NOT_FOUND, "event-not-found", "Event not found",
                "No statistics for event " + exception.eventId());
    }

    @ExceptionHandler
    ProblemDetail adminOnly(AdminOnlyException exception) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", exception.getMessage() + ".");
    }
}
