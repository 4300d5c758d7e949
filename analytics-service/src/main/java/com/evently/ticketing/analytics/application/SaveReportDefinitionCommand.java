package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.domain.ReportDefinition;

import java.util.Objects;

public record SaveReportDefinitionCommand(String name, ReportDefinition definition) {

    public SaveReportDefinitionCommand {
        Objects.requireNonNull(definition, "definition");
    }
}
