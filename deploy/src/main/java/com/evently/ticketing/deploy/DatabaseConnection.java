package com.evently.ticketing.deploy;

import java.util.Objects;

/** How the services reach PostgreSQL. */
public record DatabaseConnection(String jdbcUrl, String user, String password) {

    public DatabaseConnection {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("expected a jdbc:postgresql: URL, got " + jdbcUrl);
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Never prints the password: this record ends up in log lines and exception messages. */
    @Override
    public String toString() {
        return "DatabaseConnection[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
    }
}
