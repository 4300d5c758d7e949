package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Every problem type identity answers with beyond the platform's shared ones ({@code PlatformProblem}); the
 * README's "Problem types" table lists the same.
 */
public enum IdentityProblem implements ProblemType {

    EMAIL_TAKEN("email-taken", "E-mail address already registered", HttpStatus.CONFLICT),
    /** One type for an unknown address and a wrong password alike. */
    INVALID_CREDENTIALS("invalid-credentials", "Invalid credentials", HttpStatus.UNAUTHORIZED),
    ACCOUNT_DISABLED("account-disabled", "Account disabled", HttpStatus.FORBIDDEN),
    TOO_MANY_ATTEMPTS("too-many-attempts", "Too many attempts", HttpStatus.TOO_MANY_REQUESTS),
    INVALID_REFRESH_TOKEN("invalid-refresh-token", "Invalid refresh token", HttpStatus.UNAUTHORIZED),
    INVALID_RESET_TOKEN("invalid-reset-token", "Invalid password reset token", HttpStatus.BAD_REQUEST),
    WRONG_PASSWORD("wrong-password", "Wrong password", HttpStatus.BAD_REQUEST),
    SELF_LOCKOUT("self-lockout", "Administrators cannot lock themselves out", HttpStatus.CONFLICT),
    USER_NOT_FOUND("user-not-found", "User not found", HttpStatus.NOT_FOUND);

    private final String slug;
    private final String title;
    private final HttpStatus status;

    IdentityProblem(String slug, String title, HttpStatus status) {
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
