package com.evently.ticketing.deploy;

import java.util.Objects;

/** Where the notification service hands over its e-mails. */
public record SmtpEndpoint(String host, int port) {

    public SmtpEndpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("SMTP port must be between 1 and 65535, was " + port);
        }
    }
}
