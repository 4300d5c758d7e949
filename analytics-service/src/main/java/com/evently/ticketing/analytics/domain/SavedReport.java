package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A report definition a user saved under a name, to run again; only its owner sees it. */
public record SavedReport(UUID id, UUID ownerId, String name, ReportDefinition definition, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public SavedReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInput("'name' is 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }
}
