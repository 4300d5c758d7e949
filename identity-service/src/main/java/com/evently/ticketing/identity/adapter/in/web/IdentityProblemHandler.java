package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.port.in.InvalidCredentialsException;
import com.evently.ticketing.identity.application.port.in.UserNotFoundException;
import com.evently.ticketing.identity.domain.EmailAlreadyRegisteredException;
import com.evently.ticketing.identity.domain.PasswordPolicyViolationException;
import com.evently.ticketing.platform.web.PlatformProblemHandler;
import com.evently.ticketing.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Identity's expected failures as problem+json; everything else falls through to the platform's handler. */
@RestControllerAdvice
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

    @ExceptionHandler(UserNotFoundException.class)
    ProblemDetail userNotFound(UserNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "user-not-found", "User not found",
                "The account this token was issued for does not exist.");
    }

    /** Shaped like the platform's bean-validation problem, since it is a field rule the annotations cannot express. */
    @ExceptionHandler(PasswordPolicyViolationException.class)
    ProblemDetail passwordPolicyViolated(PasswordPolicyViolationException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "Some fields are missing or invalid.");
        problem.setProperty("errors", List.of(new PlatformProblemHandler.FieldError("password", e.getMessage())));
        return problem;
    }
}
