package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.SecurityEvent;

import java.util.Objects;
import java.util.UUID;

/** @param eventId the id of the integration event that announced it, which becomes the audit entry's id */
public record RecordSecurityEventCommand(UUID eventId, SecurityEvent event) {

    public RecordSecurityEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
    }
}
