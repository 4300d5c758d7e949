package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * The problem types only this service answers with; the README's "Problem types" table mirrors it. The shared
 * ones it also answers with (forbidden, invalid-request, unauthorized…) are the platform's {@link PlatformProblem}.
 */
public enum AnalyticsProblem implements ProblemType {

    /** Also for someone else's event: whether it exists is not the caller's business. */
    EVENT_NOT_FOUND("event-not-found", "Event not found", HttpStatus.NOT_FOUND);

    private final String slug;
    private final String title;
    private final HttpStatus status;

    AnalyticsProblem(String slug, String title, HttpStatus status) {
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
