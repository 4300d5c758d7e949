package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.domain.SecretToken;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The web UI keeps its refresh token where no script can read it: in an {@code HttpOnly; Secure; SameSite=Strict}
 * cookie that the browser sends only to the sign-in endpoints ({@value #PATH}), of which refresh and logout read
 * it. API clients keep the JSON body flow; a browser opts in with the {@value #HEADER} header on login, refresh and
 * logout.
 * <p>
 * Cross-site request forgery is stopped three times over, without a second token to keep in step:
 * <ul>
 *   <li>{@code SameSite=Strict}: the browser does not attach the cookie to a request another site starts;</li>
 *   <li>the cookie is read only when the request carries {@value #HEADER}, a header a form cannot send and a script
 *       of another origin cannot send without a CORS preflight, which the gateway does not grant for it;</li>
 *   <li>such a request must name one of the web UI's origins in {@code Origin}, which browsers send on every POST and
 *       pages cannot forge.</li>
 * </ul>
 * A double-submit token would add nothing here: it defends against the same forged request, which cannot carry the
 * custom header in the first place.
 */
public final class SessionCookies {

    /** Asks for the cookie flow: the answer sets the cookie and leaves the refresh token out of the body. */
    public static final String HEADER = "X-Session-Cookie";
    /** {@code __Secure-}: browsers accept the cookie only with {@code Secure}, from a secure context. */
    public static final String NAME = "__Secure-refresh-token";
    /** Refresh and logout both need the token; every endpoint below this path is identity's and public. */
    public static final String PATH = "/api/v1/auth";

    private final Duration lifetime;
    private final List<String> allowedOrigins;

    /**
     * @param lifetime       the refresh token's: the cookie outlives neither it nor a browser restart by more
     * @param allowedOrigins the web UI's origins
     */
    public SessionCookies(Duration lifetime, List<String> allowedOrigins) {
        this.lifetime = lifetime;
        this.allowedOrigins = allowedOrigins.stream().map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
    }

    ResponseCookie holding(SecretToken refreshToken) {
        return cookie(refreshToken.value(), lifetime);
    }

    /** Tells the browser to forget the cookie. */
    ResponseCookie cleared() {
        return cookie("", Duration.ZERO);
    }

    Optional<SecretToken> presented(HttpServletRequest request) {
        return Arrays.stream(Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> !value.isBlank() && value.length() <= SecretToken.MAX_LENGTH)
                .findFirst()
                .map(SecretToken::new);
    }

    /** @throws OriginNotPermitted unless the request comes from a page of the web UI */
    void requireTrustedOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || !allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
            throw new OriginNotPermitted();
        }
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value)
                .httpOnly(true)
                .secure(true) // browsers treat http://localhost as a secure context: the launcher's UI gets it too
                .sameSite("Strict")
                .path(PATH)
                .maxAge(maxAge)
                .build();
    }

    /** A cookie-flow request from a page that is not the web UI's, or with no {@code Origin} at all. */
    static final class OriginNotPermitted extends RuntimeException {

        OriginNotPermitted() {
            super("Session cookies are only used by the web UI's own pages.");
        }
    }
}
