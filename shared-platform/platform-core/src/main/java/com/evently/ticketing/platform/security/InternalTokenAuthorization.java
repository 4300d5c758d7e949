package com.evently.ticketing.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * Admits a request to {@link InternalApi#PATH_PATTERN} only when it presents the shared internal token; a user's
 * access token is no substitute. With no token configured every internal call is refused, so a forgotten setting
 * fails closed.
 * <p>
 * Part of the authorization rules rather than a filter of its own: the rule matches the path exactly as Spring
 * MVC decodes and routes it, where a filter comparing the raw request URI let {@code /%69nternal/...} through.
 */
final class InternalTokenAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] expected;

    InternalTokenAuthorization(String expectedToken) {
        this.expected = expectedToken == null || expectedToken.isBlank()
                ? null
                : expectedToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(presentsTheToken(context.getRequest()));
    }

    private boolean presentsTheToken(HttpServletRequest request) {
        String presented = request.getHeader(InternalApi.TOKEN_HEADER);
        // constant-time comparison: the token must not leak through response timing
        return expected != null && presented != null
                && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }
}
