package com.evently.ticketing.ticket.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Check-in at the door.
 *
 * @param opensBefore      how long before its session starts a pass admits (doors open, queues)
 * @param closesAfter      how long after its session ends (or starts, when the end is unknown) it still admits
 * @param keyEncryptionKey base64 of 32 random bytes that the pass keys' private halves are encrypted under; no
 *                         default: required, the same on every replica, kept as long as the database
 * @param keyRotation      how often the pass key is replaced by a fresh one, and how often that is checked
 */
@Validated
@ConfigurationProperties("ticketing.check-in")
public record CheckInProperties(
        @NotNull @DefaultValue("24h") Duration opensBefore,
        @NotNull @DefaultValue("6h") Duration closesAfter,
        String keyEncryptionKey,
        @DefaultValue @Valid KeyRotation keyRotation) {

    /**
     * @param period        a pass key signs for this long; a leaked key then forges passes for a bounded time only
     * @param checkInterval how often every replica checks whether the period is over (and deletes unused keys)
     */
    public record KeyRotation(
            @NotNull @DefaultValue("30d") Duration period,
            @NotNull @DefaultValue("1h") Duration checkInterval) {
    }
}
