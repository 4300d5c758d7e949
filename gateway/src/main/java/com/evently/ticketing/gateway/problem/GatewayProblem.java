package com.evently.ticketing.gateway.problem;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.Locale;

/**
 * A kind of problem the gateway itself answers: its status, the slug of its type URI and its title. Transport
 * outcomes are named by HTTP already ({@link #of(HttpStatus)}); the gateway's own refusals have their own names
 * so that a client can tell "slow down" from any other 4xx.
 */
public record GatewayProblem(HttpStatus status, String slug, String title) {

    private static final String TYPE_BASE = "https://ticketing.evently.dev/problems/";

    /** A caller sent more requests than its limit allows (429, with {@code Retry-After}). */
    public static final GatewayProblem RATE_LIMITED =
            new GatewayProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests");

    /** A request body larger than the gateway accepts; 400, as every other unacceptable input in this API. */
    public static final GatewayProblem REQUEST_TOO_LARGE =
            new GatewayProblem(HttpStatus.BAD_REQUEST, "request-too-large", "Request too large");

    /** The problem HTTP names by its reason phrase, e.g. {@code gateway-timeout}. */
    public static GatewayProblem of(HttpStatus status) {
        return new GatewayProblem(status, status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'),
                status.getReasonPhrase());
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }
}
