package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A scanner an organizer lets into one event's check-in: it scans that event's tickets and reads its revocation
 * list, nothing else, until revoked. It proves itself with a {@link DeviceToken} shown once at its creation.
 */
public record CheckInDevice(UUID id, UUID eventId, String name, UUID createdBy, Instant createdAt, Instant revokedAt) {

    static final int MAX_NAME_LENGTH = 100;

    public CheckInDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name == null || name.isBlank()) {
            throw new InvalidInput("A check-in device needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInput(
                    "A device name is at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Scanner asScanner() {
        return new Scanner.Device(id, eventId);
    }
}
