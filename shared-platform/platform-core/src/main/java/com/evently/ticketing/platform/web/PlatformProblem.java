package com.evently.ticketing.platform.web;

import org.springframework.http.HttpStatus;

/** The problem types every service answers with, for the failures they share. */
public final class PlatformProblem {

    public static final ProblemType VALIDATION_FAILED =
            new ProblemType("validation-failed", "Invalid request", HttpStatus.BAD_REQUEST);
    public static final ProblemType INVALID_REQUEST =
            new ProblemType("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST);
    public static final ProblemType MALFORMED_REQUEST =
            new ProblemType("malformed-request", "Malformed request body", HttpStatus.BAD_REQUEST);
    public static final ProblemType REQUEST_TOO_LARGE =
            new ProblemType("request-too-large", "Request body too large", HttpStatus.BAD_REQUEST);
    public static final ProblemType UNAUTHORIZED =
            new ProblemType("unauthorized", "Unauthorized", HttpStatus.UNAUTHORIZED);
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", "Forbidden", HttpStatus.FORBIDDEN);
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found", HttpStatus.NOT_FOUND);
    public static final ProblemType REDRIVE_RUNNING =
            new ProblemType("redrive-running", "Redrive under way", HttpStatus.CONFLICT);
    public static final ProblemType TEMPORARILY_UNAVAILABLE =
            new ProblemType("temporarily-unavailable", "Temporarily unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    public static final ProblemType INTERNAL_ERROR =
            new ProblemType("internal-error", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

    private PlatformProblem() {
    }
}
