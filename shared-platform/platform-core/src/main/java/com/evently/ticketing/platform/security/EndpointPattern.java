package com.evently.ticketing.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.springframework.web.util.pattern.PathPatternParser;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * One endpoint or family of endpoints, written {@code "GET /api/v1/events/**"}, or just a path pattern for every
 * method. Matched on the path as Spring MVC reads it (decoded, path parameters removed), so that a rule and the
 * controller it protects always agree on what a request's path is.
 */
public record EndpointPattern(HttpMethod method, String pattern) {

    public static EndpointPattern parse(String declaration) {
        String[] parts = declaration.trim().split("\\s+");
        return switch (parts.length) {
            case 1 -> new EndpointPattern(null, parts[0]);
            case 2 -> new EndpointPattern(HttpMethod.valueOf(parts[0]), parts[1]);
            default -> throw new IllegalArgumentException("Expected \"[METHOD] /pattern\", got: " + declaration);
        };
    }

    RequestMatcher matcher() {
        return method == null ? pathPattern(pattern) : pathPattern(method, pattern);
    }

    /**
     * Whether this declaration covers an operation as an API description names it: a method and a path template
     * such as {@code /api/v1/events/{id}} (each template variable stands for one segment, as {@code *} does).
     */
    public boolean covers(HttpMethod operationMethod, String pathTemplate) {
        return (method == null || method.equals(operationMethod))
                && PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(pathTemplate));
    }
}
