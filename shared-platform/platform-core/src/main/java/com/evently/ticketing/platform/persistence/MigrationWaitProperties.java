package com.evently.ticketing.platform.persistence;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How a service that does not migrate its own schema waits for the migration at start ({@link WaitingForMigratedSchema}).
 *
 * @param timeout      how long start-up waits for pending changesets to be applied before it fails; below the
 *                     Kubernetes startup probe's 3 minutes, so that the pod says why instead of being killed
 * @param pollInterval how often it looks again meanwhile
 */
@Validated
@ConfigurationProperties("ticketing.db.migration")
public record MigrationWaitProperties(
        @NotNull @DefaultValue("150s") Duration timeout,
        @NotNull @DefaultValue("5s") Duration pollInterval) {
}
