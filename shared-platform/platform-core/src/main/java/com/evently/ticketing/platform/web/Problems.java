package com.evently.ticketing.platform.web;

import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** RFC 9457 problem bodies with stable type URIs, one per kind of failure. */
public final class Problems {

    public static final String TYPE_BASE = "https://ticketing.evently.dev/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** A problem of a catalogued type ({@link ProblemType}), with what went wrong this time as its detail. */
    public static ProblemDetail of(ProblemType problemType, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(problemType.status(), detail);
        problem.setType(problemType.type());
        problem.setTitle(problemType.title());
        return problem;
    }

    /**
     * The one shape of a validation failure: {@code validation-failed} with an {@code errors} list of
     * {@code {field, message}}, whichever layer found the fields wrong.
     */
    public static ProblemDetail validationFailed(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(PlatformProblem.VALIDATION_FAILED, detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One field a client sent wrong, as listed in a validation failure. */
    public record FieldError(String field, String message) {
    }

    private Problems() {
    }
}
