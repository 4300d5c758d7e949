package com.evently.ticketing.platform.web;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * One kind of failure a client can be told about: its stable slug (the end of the problem's {@code type} URI),
 * its title and its status. Every service lists its own as constants of one class — its catalogue of problem
 * types (e.g. {@code BookingProblem}), which its README mirrors — and the platform lists the shared ones in
 * {@link PlatformProblem}. Slugs are part of the API and never change.
 */
public record ProblemType(String slug, String title, HttpStatus status) {

    /** The problem's {@code type}: {@value Problems#TYPE_BASE} followed by the slug. */
    public URI type() {
        return Problems.type(slug);
    }
}
