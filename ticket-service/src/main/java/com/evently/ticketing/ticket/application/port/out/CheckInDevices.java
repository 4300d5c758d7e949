package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.CheckInDevice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Check-in devices, found by the hash of their secret. */
public interface CheckInDevices {

    void add(CheckInDevice device, String tokenHash);

    Optional<CheckInDevice> byTokenHash(String tokenHash);

    /** The event's devices, revoked ones included, oldest first. */
    List<CheckInDevice> ofEvent(UUID eventId);

    /** Revokes the event's device; false when it has no such device or it was revoked already. */
    boolean revoke(UUID eventId, UUID deviceId, Instant at);
}
