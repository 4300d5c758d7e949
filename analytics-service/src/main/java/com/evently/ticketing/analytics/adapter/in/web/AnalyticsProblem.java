package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problem types only this service answers with; the README's "Problem types" table mirrors it. The shared
 * ones it also answers with (forbidden, invalid-request, unauthorized…) are the platform's {@link PlatformProblem}.
 */
public final class AnalyticsProblem {

    /** Also for someone else's event: whether it exists is not the caller's business. */
    public static final ProblemType EVENT_NOT_FOUND =
            new ProblemType("event-not-found", "Event not found", HttpStatus.NOT_FOUND);

    /** Also for someone else's saved definition. */
    public static final ProblemType REPORT_DEFINITION_NOT_FOUND =
            new ProblemType("report-definition-not-found", "Report definition not found", HttpStatus.NOT_FOUND);

    private AnalyticsProblem() {
    }
}
