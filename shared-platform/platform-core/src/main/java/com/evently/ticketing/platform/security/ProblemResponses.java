package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** problem+json for what the security filters reject before any controller runs. */
final class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            // sets WWW-Authenticate with the RFC 6750 error code
            challenge.commence(request, response, exception);
            write(request, response, PlatformProblem.UNAUTHORIZED, "A valid bearer token is required.");
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof Authentication caller
                    && caller.getPrincipal() instanceof Jwt jwt && ClientTokens.isClientToken(jwt)) {
                // RFC 6750 §3.1: a client learns that its scopes, not its credentials, are what fell short
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
                write(request, response, PlatformProblem.FORBIDDEN, "This API client's scopes do not allow this action.");
            } else {
                write(request, response, PlatformProblem.FORBIDDEN, "Your role does not allow this action.");
            }
        };
    }

    /** An internal call with no bearer token at all. */
    void internalCallWithoutToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(request, response, PlatformProblem.UNAUTHORIZED,
                "Internal endpoints need a service's access token (OAuth 2.0 client credentials).");
    }

    /**
     * An internal call with a valid token that does not open the endpoint: a user's, a partner's, or a service's
     * without the endpoint's internal scope.
     */
    void internalCallNotAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(request, response, PlatformProblem.FORBIDDEN,
                "Internal endpoints are open only to service tokens holding the endpoint's internal scope.");
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemType problemType, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problemType.type().toString());
        body.put("title", problemType.title());
        body.put("status", problemType.status().value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(problemType.status().value());
        response.setHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
