package com.evently.ticketing.platform.web;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.web.Problems.FieldError;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Maps the failures every service shares to problem+json; nothing internal (stack traces, SQL) ever reaches
 * the body. It also catches {@code Exception}, so a service's own advice for its domain exceptions must be
 * consulted first: services annotate theirs {@code @Order(Ordered.HIGHEST_PRECEDENCE)}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PlatformProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PlatformProblemHandler.class);
    private static final URI ABOUT_BLANK = URI.create("about:blank");
    private static final String RETRY_AFTER_SECONDS = "1";
    private static final Map<Integer, String> SLUG_BY_STATUS = Map.of(
            400, "bad-request", 401, "unauthorized", 403, "forbidden", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 409, "conflict", 413, "payload-too-large",
            415, "unsupported-media-type", 500, "internal-error");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(validationFailed(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationFailed(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (causedByOversizeBody(ex)) {
            return ResponseEntity.badRequest().body(tooLarge(ex.getMostSpecificCause().getMessage()));
        }
        return ResponseEntity.badRequest().body(Problems.of(PlatformProblem.MALFORMED_REQUEST,
                "The request body is missing or is not valid JSON of the expected shape."));
    }

    /** 400 rather than 413: to the client it is bad input like any other, and it changed nothing. */
    @ExceptionHandler(RequestBodyTooLargeException.class)
    ProblemDetail bodyTooLarge(RequestBodyTooLargeException ex) {
        return tooLarge(ex.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        return Problems.validationFailed("A request parameter has the wrong format.",
                List.of(new FieldError(ex.getName(), "has the wrong format")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(String.valueOf(v.getPropertyPath()), v.getMessage()))
                .toList();
        return validationFailed(errors);
    }

    /**
     * Commands and domain values validate themselves and say, in words meant for the caller, what is wrong. Any
     * other {@code IllegalArgumentException} is our bug and goes to {@link #unexpected}: neither a 400 nor its
     * message.
     */
    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput ex) {
        return Problems.of(PlatformProblem.INVALID_REQUEST, ex.getMessage());
    }

    /**
     * No database connection within the pool's (short) connection timeout, or the database is unreachable: the
     * request changed nothing and may be retried. Failing fast here, rather than queueing for the pool, keeps a
     * client from seeing the gateway's timeout for work that commits later.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
        log.warn("Database unavailable, answering 503: {}", ex.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(Problems.of(PlatformProblem.TEMPORARILY_UNAVAILABLE,
                        "The service cannot take this request right now; nothing was changed. Retry shortly."));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex) {
        return Problems.of(PlatformProblem.FORBIDDEN, "Your role does not allow this action.");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException ex) {
        return Problems.of(PlatformProblem.UNAUTHORIZED, "A valid bearer token is required.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex) {
        log.error("Unhandled failure", ex);
        return Problems.of(PlatformProblem.INTERNAL_ERROR, "The request could not be completed. It has been logged.");
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || ABOUT_BLANK.equals(problem.getType()))) {
            problem.setType(Problems.type(SLUG_BY_STATUS.getOrDefault(statusCode.value(), "error")));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail tooLarge(String detail) {
        return Problems.of(PlatformProblem.REQUEST_TOO_LARGE, detail);
    }

    private static boolean causedByOversizeBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail validationFailed(List<FieldError> errors) {
        return Problems.validationFailed("Some fields are missing or invalid.", errors);
    }
}
