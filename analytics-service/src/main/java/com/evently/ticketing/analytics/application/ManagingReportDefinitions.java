package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.SavedReports;
import com.evently.ticketing.analytics.domain.SavedReport;
import com.evently.ticketing.platform.domain.Caller;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Saves, lists and deletes a user's report definitions. A thin, CRUD-like area: each user sees and touches only
 * their own, and only organizers and admins have reports at all.
 */
public class ManagingReportDefinitions {

    private final SavedReports savedReports;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public ManagingReportDefinitions(SavedReports savedReports, Clock clock, Supplier<UUID> ids) {
        this.savedReports = savedReports;
        this.clock = clock;
        this.ids = ids;
    }

    public SavedReport save(SaveReportDefinitionCommand command, Caller owner) {
        permitted(owner);
        SavedReport report = new SavedReport(ids.get(), owner.id(), command.name(), command.definition(),
                clock.instant());
        savedReports.save(report);
        return report;
    }

    public List<SavedReport> list(Caller owner) {
        permitted(owner);
        return savedReports.ownedBy(owner.id());
    }

    /** @throws ReportDefinitionNotFound when the owner has no such definition */
    public SavedReport find(UUID id, Caller owner) {
        permitted(owner);
        return savedReports.find(id, owner.id()).orElseThrow(() -> new ReportDefinitionNotFound(id));
    }

    /** @throws ReportDefinitionNotFound when the owner has no such definition */
    public void delete(UUID id, Caller owner) {
        permitted(owner);
        if (!savedReports.delete(id, owner.id())) {
            throw new ReportDefinitionNotFound(id);
        }
    }

    private static void permitted(Caller caller) {
        if (!caller.mayOrganizeEvents()) {
            throw new StatisticsNotPermitted();
        }
    }
}
