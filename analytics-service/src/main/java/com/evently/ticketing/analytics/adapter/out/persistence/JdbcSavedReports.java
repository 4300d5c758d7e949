package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.SavedReports;
import com.evently.ticketing.analytics.domain.ReportDefinition;
import com.evently.ticketing.analytics.domain.ReportDimension;
import com.evently.ticketing.analytics.domain.ReportMeasure;
import com.evently.ticketing.analytics.domain.SavedReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Table {@code report_definitions}; dimensions and measures kept by their API names, so they read back the same. */
@Repository
class JdbcSavedReports implements SavedReports {

    private static final String COLUMNS = "id, owner_id, name, dimensions, measures, event_id, organizer_id, created_at";

    private final JdbcClient jdbc;

    JdbcSavedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(SavedReport report) {
        ReportDefinition definition = report.definition();
        jdbc.sql("""
                        INSERT INTO report_definitions (%s)
                        VALUES (:id, :ownerId, :name, string_to_array(:dimensions, ','), string_to_array(:measures, ','),
                                :eventId, :organizerId, :createdAt)
                        """.formatted(COLUMNS))
                .param("id", report.id())
                .param("ownerId", report.ownerId())
                .param("name", report.name())
                .param("dimensions", String.join(",", definition.dimensions().stream()
                        .map(ReportDimension::apiName).toList()))
                .param("measures", String.join(",", definition.measures().stream()
                        .map(ReportMeasure::apiName).toList()))
                .param("eventId", definition.eventId(), Types.OTHER)
                .param("organizerId", definition.organizerId(), Types.OTHER)
                .param("createdAt", Timestamp.from(report.createdAt()))
                .update();
    }

    @Override
    public List<SavedReport> ownedBy(UUID ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_definitions WHERE owner_id = :ownerId"
                        + " ORDER BY created_at DESC, id")
                .param("ownerId", ownerId)
                .query((row, rowNumber) -> savedReport(row))
                .list();
    }

    @Override
    public Optional<SavedReport> find(UUID id, UUID ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_definitions WHERE id = :id AND owner_id = :ownerId")
                .param("id", id)
                .param("ownerId", ownerId)
                .query((row, rowNumber) -> savedReport(row))
                .optional();
    }

    @Override
    public boolean delete(UUID id, UUID ownerId) {
        return jdbc.sql("DELETE FROM report_definitions WHERE id = :id AND owner_id = :ownerId")
                .param("id", id)
                .param("ownerId", ownerId)
                .update() == 1;
    }

    private static SavedReport savedReport(ResultSet row) throws SQLException {
        ReportDefinition definition = new ReportDefinition(
                Arrays.stream((String[]) row.getArray("dimensions").getArray()).map(ReportDimension::named).toList(),
                Arrays.stream((String[]) row.getArray("measures").getArray()).map(ReportMeasure::named).toList(),
                row.getObject("event_id", UUID.class),
                row.getObject("organizer_id", UUID.class));
        return new SavedReport(row.getObject("id", UUID.class), row.getObject("owner_id", UUID.class),
                row.getString("name"), definition, row.getTimestamp("created_at").toInstant());
    }
}
