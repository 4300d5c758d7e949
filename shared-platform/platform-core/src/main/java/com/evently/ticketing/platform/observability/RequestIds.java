package com.evently.ticketing.platform.observability;

import java.util.Optional;
import java.util.regex.Pattern;

/** The gateway's {@code X-Request-Id}, as far as a service may trust it into its log. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";

    // the gateway's own rule (RequestIdFilter): a caller reaching a service directly could send anything
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    static Optional<String> acceptable(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? Optional.of(offered) : Optional.empty();
    }

    private RequestIds() {
    }
}
