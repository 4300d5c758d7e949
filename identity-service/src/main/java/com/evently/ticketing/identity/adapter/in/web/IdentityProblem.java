package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Every problem type identity answers with beyond the platform's shared ones ({@code PlatformProblem}); the
 * README's "Problem types" table lists the same.
 */
public final class IdentityProblem {

    public static final ProblemType EMAIL_TAKEN =
            new ProblemType("email-taken", "E-mail address already registered", HttpStatus.CONFLICT);

    /** One type for an unknown address and a wrong password alike. */
    public static final ProblemType INVALID_CREDENTIALS =
            new ProblemType("invalid-credentials", "Invalid credentials", HttpStatus.UNAUTHORIZED);

    public static final ProblemType ACCOUNT_DISABLED =
            new ProblemType("account-disabled", "Account disabled", HttpStatus.FORBIDDEN);

    public static final ProblemType TOO_MANY_ATTEMPTS =
            new ProblemType("too-many-attempts", "Too many attempts", HttpStatus.TOO_MANY_REQUESTS);

    public static final ProblemType INVALID_REFRESH_TOKEN =
            new ProblemType("invalid-refresh-token", "Invalid refresh token", HttpStatus.UNAUTHORIZED);

    public static final ProblemType INVALID_RESET_TOKEN =
            new ProblemType("invalid-reset-token", "Invalid password reset token", HttpStatus.BAD_REQUEST);

    public static final ProblemType WRONG_PASSWORD =
            new ProblemType("wrong-password", "Wrong password", HttpStatus.BAD_REQUEST);

    public static final ProblemType SELF_LOCKOUT =
            new ProblemType("self-lockout", "Administrators cannot lock themselves out", HttpStatus.CONFLICT);

    public static final ProblemType USER_NOT_FOUND =
            new ProblemType("user-not-found", "User not found", HttpStatus.NOT_FOUND);

    /** Also for a client of another organizer: whether it exists is none of the caller's business. */
    public static final ProblemType API_CLIENT_NOT_FOUND =
            new ProblemType("api-client-not-found", "API client not found", HttpStatus.NOT_FOUND);

    public static final ProblemType API_CLIENT_REVOKED =
            new ProblemType("api-client-revoked", "API client revoked", HttpStatus.CONFLICT);

    public static final ProblemType NOT_AN_ORGANIZER =
            new ProblemType("not-an-organizer", "Not an organizer", HttpStatus.CONFLICT);

    /** A request for the web UI's session cookie from a page that is not the UI's (see {@link SessionCookies}). */
    public static final ProblemType UNTRUSTED_ORIGIN =
            new ProblemType("untrusted-origin", "Untrusted origin", HttpStatus.FORBIDDEN);

    private IdentityProblem() {
    }
}
