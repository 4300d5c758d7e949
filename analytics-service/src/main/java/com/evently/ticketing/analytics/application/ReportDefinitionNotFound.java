package com.evently.ticketing.analytics.application;

import java.util.UUID;

/** No saved report definition of this id belongs to the caller (someone else's answers the same). */
public class ReportDefinitionNotFound extends RuntimeException {

    private final UUID definitionId;

    public ReportDefinitionNotFound(UUID definitionId) {
        super("No report definition " + definitionId);
        this.definitionId = definitionId;
    }

    public UUID definitionId() {
        return definitionId;
    }
}
