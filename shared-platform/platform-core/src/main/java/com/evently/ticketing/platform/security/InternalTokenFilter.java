package com.evently.ticketing.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards {@code /internal/**}: the caller must present the shared internal token. With no token configured
 * every internal call is refused, so a forgotten setting fails closed.
 */
final class InternalTokenFilter extends OncePerRequestFilter {

    private final byte[] expected;
    private final ProblemResponses problems;

    InternalTokenFilter(String expectedToken, ProblemResponses problems) {
        this.expected = expectedToken == null || expectedToken.isBlank() ? null : expectedToken.getBytes(StandardCharsets.UTF_8);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/internal/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(InternalApi.TOKEN_HEADER);
        if (presented == null) {
            problems.write(request, response, 401, "unauthorized", "Unauthorized",
                    "Internal endpoints need the " + InternalApi.TOKEN_HEADER + " header.");
            return;
        }
        // constant-time comparison: the token must not leak through response timing
        if (expected == null || !MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
            problems.write(request, response, 403, "forbidden", "Forbidden", "The internal token is not valid.");
            return;
        }
        chain.doFilter(request, response);
    }
}
