package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.AuditLogNotPermitted;
import com.evently.ticketing.analytics.application.ProjectionRebuildNotPermitted;
import com.evently.ticketing.analytics.application.EventNotFound;
import com.evently.ticketing.analytics.application.ReportDefinitionNotFound;
import com.evently.ticketing.analytics.application.StatisticsNotPermitted;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps this service's expected failures to problem+json, each of a catalogued type ({@link AnalyticsProblem} or
 * the platform's); everything else is the platform's.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnalyticsProblemHandler {

    @ExceptionHandler
    ProblemDetail eventNotFound(EventNotFound exception) {
        return Problems.of(AnalyticsProblem.EVENT_NOT_FOUND, "No statistics for event " + exception.eventId());
    }

    @ExceptionHandler
    ProblemDetail reportDefinitionNotFound(ReportDefinitionNotFound exception) {
        return Problems.of(AnalyticsProblem.REPORT_DEFINITION_NOT_FOUND,
                "No report definition " + exception.definitionId() + " of yours");
    }

    @ExceptionHandler
    ProblemDetail statisticsNotPermitted(StatisticsNotPermitted exception) {
        return Problems.of(PlatformProblem.FORBIDDEN, exception.getMessage() + ".");
    }

    @ExceptionHandler
    ProblemDetail auditLogNotPermitted(AuditLogNotPermitted exception) {
        return Problems.of(PlatformProblem.FORBIDDEN, exception.getMessage() + ".");
    }

    @ExceptionHandler
    ProblemDetail projectionRebuildNotPermitted(ProjectionRebuildNotPermitted exception) {
        return Problems.of(PlatformProblem.FORBIDDEN, exception.getMessage() + ".");
    }
}
