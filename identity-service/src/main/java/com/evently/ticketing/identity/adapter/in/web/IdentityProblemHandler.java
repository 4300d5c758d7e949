package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.AccountDisabledException;
import com.evently.ticketing.identity.application.InvalidCredentialsException;
import com.evently.ticketing.identity.application.InvalidRefreshTokenException;
import com.evently.ticketing.identity.application.InvalidResetTokenException;
import com.evently.ticketing.identity.application.NotAllowedException;
import com.evently.ticketing.identity.application.SelfLockoutException;
import com.evently.ticketing.identity.application.TooManyAttemptsException;
import com.evently.ticketing.identity.application.UserNotFoundException;
import com.evently.ticketing.identity.application.WrongPasswordException;
import com.evently.ticketing.identity.domain.EmailAlreadyRegisteredException;
import com.evently.ticketing.identity.domain.PasswordPolicyViolationException;
import com.evently.ticketing.platform.web.PlatformProblemHandler;
import com.evently.ticketing.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Identity's expected failures as problem+json; everything else falls through to the platform's handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblemHandler {

    @ExceptionHandler(EmailAlreadyRegisteredException.class)
    ProblemDetail emailTaken(EmailAlreadyRegisteredException e) {
        return Problems.of(HttpStatus.CONFLICT, "email-taken", "E-mail address already registered", e.getMessage());
    }

    /** One body for an unknown address and a wrong password alike. */
    @ExceptionHandler(InvalidCredentialsException.class)
    ProblemDetail invalidCredentials(InvalidCredentialsException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials", e.getMessage());
    }

    @ExceptionHandler(AccountDisabledException.class)
    ProblemDetail accountDisabled(AccountDisabledException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "account-disabled", "Account disabled", e.getMessage());
    }

    /** {@code Retry-After} in whole seconds, rounded up so a client waiting that long is let through. */
    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException e) {
        long seconds = Math.max(1, e.retryAfter().plusMillis(999).toSeconds());
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                e.getMessage());
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(InvalidRefreshTokenException.class)
    ProblemDetail invalidRefreshToken(InvalidRefreshTokenException e) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Invalid refresh token", e.getMessage());
    }

    @ExceptionHandler(InvalidResetTokenException.class)
    ProblemDetail invalidResetToken(InvalidResetTokenException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-reset-token", "Invalid password reset token",
                e.getMessage());
    }

    @ExceptionHandler(WrongPasswordException.class)
    ProblemDetail wrongPassword(WrongPasswordException e) {
        return withFieldError(Problems.of(HttpStatus.BAD_REQUEST, "wrong-password", "Wrong password", e.getMessage()),
                "currentPassword", "is not your current password");
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    @ExceptionHandler(SelfLockoutException.class)
    ProblemDetail selfLockout(SelfLockoutException e) {
        return Problems.of(HttpStatus.CONFLICT, "self-lockout", "Administrators cannot lock themselves out",
                e.getMessage());
    }

    @ExceptionHandler(UserNotFoundException.class)
    ProblemDetail userNotFound(UserNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "user-not-found", "User not found", "There is no such account.");
    }

    /** Shaped like the platform's bean-validation problem, since it is a field rule the annotations cannot express. */
    @ExceptionHandler(PasswordPolicyViolationException.class)
    ProblemDetail passwordPolicyViolated(PasswordPolicyViolationException e) {
        return validationFailed("password", e.getMessage());
    }

    @ExceptionHandler(RejectedFieldException.class)
    ProblemDetail fieldRejected(RejectedFieldException e) {
        return validationFailed(e.field(), e.getMessage());
    }

    private static ProblemDetail validationFailed(String field, String message) {
        return withFieldError(Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "Some fields are missing or invalid."), field, message);
    }

    private static ProblemDetail withFieldError(ProblemDetail problem, String field, String message) {
        problem.setProperty("errors", List.of(new PlatformProblemHandler.FieldError(field, message)));
        return problem;
    }
}
