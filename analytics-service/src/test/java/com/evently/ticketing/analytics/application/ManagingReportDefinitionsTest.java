package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.SavedReports;
import com.evently.ticketing.analytics.domain.ReportDefinition;
import com.evently.ticketing.analytics.domain.ReportDimension;
import com.evently.ticketing.analytics.domain.ReportMeasure;
import com.evently.ticketing.analytics.domain.SavedReport;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagingReportDefinitionsTest {

    private final List<SavedReport> stored = new ArrayList<>();
    private final SavedReports savedReports = new SavedReports() {
        @Override
        public void save(SavedReport report) {
            stored.add(report);
        }

        @Override
        public List<SavedReport> ownedBy(UUID ownerId) {
            return stored.stream().filter(report -> report.ownerId().equals(ownerId)).toList();
        }

        @Override
        public Optional<SavedReport> find(UUID id, UUID ownerId) {
            return ownedBy(ownerId).stream().filter(report -> report.id().equals(id)).findFirst();
        }

        @Override
        public boolean delete(UUID id, UUID ownerId) {
            return stored.removeIf(report -> report.id().equals(id) && report.ownerId().equals(ownerId));
        }
    };
    private final ManagingReportDefinitions managing = new ManagingReportDefinitions(savedReports,
            Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC), UUID::randomUUID);
    private final Caller organizer = TestCallers.organizer(UUID.randomUUID());
    private final ReportDefinition seatsByEvent = new ReportDefinition(List.of(ReportDimension.EVENT),
            List.of(ReportMeasure.SEATS), null, null);

    @Test
    void savedDefinitionIsTheOwnersOnly() {
        SavedReport saved = managing.save(new SaveReportDefinitionCommand(" Seats by event ", seatsByEvent), organizer);

        assertThat(saved.name()).isEqualTo("Seats by event");
        assertThat(managing.list(organizer)).containsExactly(saved);
        assertThat(managing.list(TestCallers.organizer(UUID.randomUUID()))).isEmpty();
        assertThatThrownBy(() -> managing.find(saved.id(), TestCallers.admin()))
                .isInstanceOf(ReportDefinitionNotFound.class);
    }

    @Test
    void deletingSomeoneElsesDefinitionIsNotFoundAndKeepsIt() {
        SavedReport saved = managing.save(new SaveReportDefinitionCommand("Mine", seatsByEvent), organizer);

        assertThatThrownBy(() -> managing.delete(saved.id(), TestCallers.organizer(UUID.randomUUID())))
                .isInstanceOf(ReportDefinitionNotFound.class);
        assertThat(stored).containsExactly(saved);
    }

    @Test
    void attendeeHasNoReports() {
        assertThatThrownBy(() -> managing.list(TestCallers.attendee())).isInstanceOf(StatisticsNotPermitted.class);
    }

    @Test
    void blankNameIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                managing.save(new SaveReportDefinitionCommand("  ", seatsByEvent), organizer));
        assertThat(stored).isEmpty();
    }
}
