package com.evently.ticketing.platform.web;

import org.springframework.http.HttpStatus;

/** The problem types every service answers with, for the failures they share. */
public enum PlatformProblem implements ProblemType {

    VALIDATION_FAILED("validation-failed", "Invalid request", HttpStatus.BAD_REQUEST),
    INVALID_REQUEST("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "Malformed request body", HttpStatus.BAD_REQUEST),
    REQUEST_TOO_LARGE("request-too-large", "Request body too large", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", "Unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    REDRIVE_RUNNING("redrive-running", "Redrive under way", HttpStatus.CONFLICT),
    TEMPORARILY_UNAVAILABLE("temporarily-unavailable", "Temporarily unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

    private final String slug;
    private final String title;
    private final HttpStatus status;

    PlatformProblem(String slug, String title, HttpStatus status) {
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
