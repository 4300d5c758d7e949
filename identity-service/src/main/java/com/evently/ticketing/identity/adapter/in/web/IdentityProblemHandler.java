package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.DisabledAccountNotPermitted;
import com.evently.ticketing.identity.application.ApiClientNotFound;
import com.evently.ticketing.identity.application.NotAnOrganizerConflict;
import com.evently.ticketing.identity.domain.ApiClientRevokedConflict;
import com.evently.ticketing.identity.application.InvalidCredentials;
import com.evently.ticketing.identity.application.InvalidRefreshToken;
import com.evently.ticketing.identity.application.InvalidResetToken;
import com.evently.ticketing.identity.application.OperationNotPermitted;
import com.evently.ticketing.identity.application.SelfLockoutConflict;
import com.evently.ticketing.identity.application.TooManyAttempts;
import com.evently.ticketing.identity.application.UserNotFound;
import com.evently.ticketing.identity.application.WrongPassword;
import com.evently.ticketing.identity.domain.EmailTakenConflict;
import com.evently.ticketing.identity.domain.PasswordPolicyViolation;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.Problems;
import com.evently.ticketing.platform.web.Problems.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Identity's expected failures as problem+json; everything else falls through to the platform's handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblemHandler {

    @ExceptionHandler(EmailTakenConflict.class)
    ProblemDetail emailTaken(EmailTakenConflict e) {
        return Problems.of(IdentityProblem.EMAIL_TAKEN, e.getMessage());
    }

    /** One body for an unknown address and a wrong password alike. */
    @ExceptionHandler(InvalidCredentials.class)
    ProblemDetail invalidCredentials(InvalidCredentials e) {
        return Problems.of(IdentityProblem.INVALID_CREDENTIALS, e.getMessage());
    }

    @ExceptionHandler(DisabledAccountNotPermitted.class)
    ProblemDetail accountDisabled(DisabledAccountNotPermitted e) {
        return Problems.of(IdentityProblem.ACCOUNT_DISABLED, e.getMessage());
    }

    /** {@code Retry-After} in whole seconds, rounded up so a client waiting that long is let through. */
    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttempts e) {
        long seconds = Math.max(1, e.retryAfter().plusMillis(999).toSeconds());
        ProblemDetail problem = Problems.of(IdentityProblem.TOO_MANY_ATTEMPTS, e.getMessage());
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(IdentityProblem.TOO_MANY_ATTEMPTS.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(InvalidRefreshToken.class)
    ProblemDetail invalidRefreshToken(InvalidRefreshToken e) {
        return Problems.of(IdentityProblem.INVALID_REFRESH_TOKEN, e.getMessage());
    }

    @ExceptionHandler(SessionCookies.OriginNotPermitted.class)
    ProblemDetail untrustedOrigin(SessionCookies.OriginNotPermitted e) {
        return Problems.of(IdentityProblem.UNTRUSTED_ORIGIN, e.getMessage());
    }

    @ExceptionHandler(InvalidResetToken.class)
    ProblemDetail invalidResetToken(InvalidResetToken e) {
        return Problems.of(IdentityProblem.INVALID_RESET_TOKEN, e.getMessage());
    }

    @ExceptionHandler(WrongPassword.class)
    ProblemDetail wrongPassword(WrongPassword e) {
        ProblemDetail problem = Problems.of(IdentityProblem.WRONG_PASSWORD, e.getMessage());
        problem.setProperty("errors", List.of(new FieldError("currentPassword", "is not your current password")));
        return problem;
    }

    @ExceptionHandler(OperationNotPermitted.class)
    ProblemDetail notPermitted(OperationNotPermitted e) {
        return Problems.of(PlatformProblem.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(SelfLockoutConflict.class)
    ProblemDetail selfLockout(SelfLockoutConflict e) {
        return Problems.of(IdentityProblem.SELF_LOCKOUT, e.getMessage());
    }

    @ExceptionHandler(UserNotFound.class)
    ProblemDetail userNotFound(UserNotFound e) {
        return Problems.of(IdentityProblem.USER_NOT_FOUND, "There is no such account.");
    }

    @ExceptionHandler(ApiClientNotFound.class)
    ProblemDetail apiClientNotFound(ApiClientNotFound e) {
        return Problems.of(IdentityProblem.API_CLIENT_NOT_FOUND, "There is no such API client.");
    }

    @ExceptionHandler(ApiClientRevokedConflict.class)
    ProblemDetail apiClientRevoked(ApiClientRevokedConflict e) {
        return Problems.of(IdentityProblem.API_CLIENT_REVOKED, e.getMessage());
    }

    @ExceptionHandler(NotAnOrganizerConflict.class)
    ProblemDetail notAnOrganizer(NotAnOrganizerConflict e) {
        return Problems.of(IdentityProblem.NOT_AN_ORGANIZER, e.getMessage());
    }

    /** Shaped like the platform's bean-validation problem, since it is a field rule the annotations cannot express. */
    @ExceptionHandler(PasswordPolicyViolation.class)
    ProblemDetail passwordPolicyViolated(PasswordPolicyViolation e) {
        return validationFailed("password", e.getMessage());
    }

    @ExceptionHandler(RejectedField.class)
    ProblemDetail fieldRejected(RejectedField e) {
        return validationFailed(e.field(), e.getMessage());
    }

    private static ProblemDetail validationFailed(String field, String message) {
        return Problems.validationFailed("Some fields are missing or invalid.", List.of(new FieldError(field, message)));
    }
}
