package com.evently.ticketing.load.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PipelineLatencyDatabaseTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID OTHER_EVENT = UUID.randomUUID();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgresWithTheServicesTables() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        // only the columns the measurement reads, named as in the services' changelogs
        execute("""
                CREATE SCHEMA booking;
                CREATE TABLE booking.booking (id uuid PRIMARY KEY, event_id uuid NOT NULL, status text NOT NULL,
                                              created_at timestamptz NOT NULL);
                CREATE SCHEMA ticketing;
                CREATE TABLE ticketing.ticket (id uuid PRIMARY KEY, booking_id uuid NOT NULL,
                                               issued_at timestamptz NOT NULL);
                CREATE SCHEMA notification;
                CREATE TABLE notification.outbound_mail (id uuid PRIMARY KEY, kind text NOT NULL, booking_id uuid,
                                                         created_at timestamptz NOT NULL, sent_at timestamptz);
                """);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void measuresFromTheBookingsCommitToItsFirstTicketAndItsConfirmationMail() throws SQLException {
        UUID twoSeats = booking(EVENT, "CONFIRMED", "2026-12-06 10:00:00+00");
        ticket(twoSeats, "2026-12-06 10:00:00.250+00");
        ticket(twoSeats, "2026-12-06 10:00:00.400+00");
        mail("BOOKING_CONFIRMATION", twoSeats, "2026-12-06 10:00:03+00");
        mail("BOOKING_CANCELLED", twoSeats, "2026-12-06 10:00:09+00");
        UUID mailPending = booking(EVENT, "CONFIRMED", "2026-12-06 10:00:01+00");
        ticket(mailPending, "2026-12-06 10:00:02+00");
        mail("BOOKING_CONFIRMATION", mailPending, null);
        UUID cancelled = booking(EVENT, "CANCELLED", "2026-12-06 10:00:01+00");
        ticket(cancelled, "2026-12-06 10:00:05+00");
        ticket(booking(OTHER_EVENT, "CONFIRMED", "2026-12-06 10:00:00+00"), "2026-12-06 10:01:00+00");
        ticket(booking(EVENT, "CONFIRMED", "2026-12-06 09:00:00+00"), "2026-12-06 09:01:00+00");

        PipelineLatency.Measured measured = new PipelineLatency(jdbcUrl(), "postgres")
                // no waiting: one look, as the drain's first
                .awaitAndMeasure(List.of(EVENT), Instant.parse("2026-12-06T09:30:00Z"), Duration.ZERO, Duration.ZERO);

        assertThat(measured.bookings()).isEqualTo(2);
        assertThat(measured.toTicket()).containsExactlyInAnyOrder(250L, 1000L);
        assertThat(measured.toMail()).containsExactly(3000L);
        assertThat(measured.mailSentAt()).containsExactly(Instant.parse("2026-12-06T10:00:03Z"));
        assertThat(measured.complete()).isFalse();
    }

    @Test
    void watchesTheBookingsStillWaitingUntilTheirMailIsSentAndKeepsWhatArrivedBefore() throws Exception {
        UUID event = UUID.randomUUID();
        UUID done = booking(event, "CONFIRMED", "2026-12-06 10:00:00+00");
        ticket(done, "2026-12-06 10:00:00.100+00");
        mail("BOOKING_CONFIRMATION", done, "2026-12-06 10:00:01+00");
        UUID waiting = booking(event, "CONFIRMED", "2026-12-06 10:00:00+00");
        ticket(waiting, "2026-12-06 10:00:00.200+00");
        mail("BOOKING_CONFIRMATION", waiting, null);
        PipelineLatency latency = new PipelineLatency(jdbcUrl(), "postgres");

        CompletableFuture<PipelineLatency.Measured> drained = CompletableFuture.supplyAsync(() -> latency
                .awaitAndMeasure(List.of(event), Instant.parse("2026-12-06T09:30:00Z"), Duration.ofSeconds(30),
                        Duration.ofSeconds(60)));
        Thread.sleep(1_500);
        assertThat(drained).as("still waiting for the second mail").isNotDone();
        execute("UPDATE notification.outbound_mail SET sent_at = '2026-12-06 10:00:05+00' WHERE booking_id = '%s'"
                .formatted(waiting));

        PipelineLatency.Measured measured = drained.get(10, TimeUnit.SECONDS);
        assertThat(measured.complete()).isTrue();
        assertThat(measured.toTicket()).containsExactlyInAnyOrder(100L, 200L);
        assertThat(measured.toMail()).containsExactlyInAnyOrder(1000L, 5000L);
    }

    private static UUID booking(UUID event, String status, String createdAt) throws SQLException {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO booking.booking VALUES ('%s', '%s', '%s', '%s')".formatted(id, event, status, createdAt));
        return id;
    }

    private static void ticket(UUID booking, String issuedAt) throws SQLException {
        execute("INSERT INTO ticketing.ticket VALUES ('%s', '%s', '%s')".formatted(UUID.randomUUID(), booking, issuedAt));
    }

    private static void mail(String kind, UUID booking, String sentAt) throws SQLException {
        execute("INSERT INTO notification.outbound_mail VALUES ('%s', '%s', '%s', '2026-12-06 10:00:00.500+00', %s)"
                .formatted(UUID.randomUUID(), kind, booking, sentAt == null ? "NULL" : "'" + sentAt + "'"));
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
