package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.SavedReport;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saved report definitions. */
public interface SavedReports {

    void save(SavedReport report);

    /** The owner's definitions, newest first. */
    List<SavedReport> ownedBy(UUID ownerId);

    /** The definition if {@code ownerId} owns it. */
    Optional<SavedReport> find(UUID id, UUID ownerId);

    /** {@code false} when there is no such definition of {@code ownerId}. */
    boolean delete(UUID id, UUID ownerId);
}
