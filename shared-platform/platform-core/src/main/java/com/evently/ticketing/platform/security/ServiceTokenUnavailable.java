package com.evently.ticketing.platform.security;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * No service token could be had, so the internal call was not made. {@link #outage()} tells a caller's resilience
 * what it means: identity-service unreachable, failing or shedding load is an outage like the callee's own (retry,
 * count it in the breaker, wait); identity refusing this client (wrong secret, a scope not granted) is an answer that
 * asking again will not change. The message never carries the secret or a token.
 */
public class ServiceTokenUnavailable extends RuntimeException {

    private final boolean outage;

    public ServiceTokenUnavailable(String message, Throwable cause, boolean outage) {
        super(message, cause);
        this.outage = outage;
    }

    static ServiceTokenUnavailable from(String scope, OAuth2AuthorizationException failure) {
        // Spring wraps what went wrong with the token request once or twice: the HTTP failure is down the chain
        RestClientException http = httpFailureIn(failure);
        boolean outage = http instanceof ResourceAccessException || http instanceof HttpServerErrorException
                || http instanceof HttpClientErrorException.TooManyRequests;
        String why = switch (http) {
            case ResourceAccessException unreachable -> "the token endpoint is unreachable ("
                    + unreachable.getMostSpecificCause().getClass().getSimpleName() + ")";
            case RestClientResponseException answer -> "the token endpoint answered " + answer.getStatusCode().value();
            case null, default -> "the token endpoint refused: " + failure.getError().getErrorCode();
        };
        return new ServiceTokenUnavailable("No service token for " + scope + ": " + why, failure, outage);
    }

    private static RestClientException httpFailureIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestClientException http) {
                return http;
            }
        }
        return null;
    }

    public boolean outage() {
        return outage;
    }
}
