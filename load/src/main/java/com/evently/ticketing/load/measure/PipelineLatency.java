package com.evently.ticketing.load.measure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How long after its commit a booking got its ticket and its confirmation mail, from the services' own tables in
 * the suite's database: booking.booking.created_at (written in the booking's transaction), the first
 * ticketing.ticket.issued_at of the booking, notification.outbound_mail.sent_at of its BOOKING_CONFIRMATION (set once
 * the SMTP server accepted the mail).
 */
public final class PipelineLatency {

    // One row per confirmed booking of the run's events; a null is a ticket or mail not there (yet). booking_id of
    // outbound_mail has no index: the mails are those created since the first parameter (outbound_mail_created),
    // joined by hash, not looked up once per booking.
    private static final String LATENCIES = """
            WITH mail AS MATERIALIZED (
              SELECT booking_id, sent_at FROM notification.outbound_mail
              WHERE kind = 'BOOKING_CONFIRMATION' AND created_at >= ?)
            SELECT b.id, b.created_at,
                   (extract(epoch FROM t.first_issued - b.created_at) * 1000)::bigint AS to_ticket_ms,
                   (extract(epoch FROM m.sent_at - b.created_at) * 1000)::bigint AS to_mail_ms,
                   m.sent_at AS mail_sent_at
            FROM booking.booking b
            LEFT JOIN LATERAL (SELECT min(issued_at) AS first_issued
                               FROM ticketing.ticket WHERE booking_id = b.id) t ON true
            LEFT JOIN mail m ON m.booking_id = b.id
            WHERE b.status = 'CONFIRMED' AND b.created_at >= ? AND\s""";
    private static final String OF_EVENTS = "b.event_id = ANY (?)";
    private static final String OF_BOOKINGS = "b.id = ANY (?)";
    /**
     * Each look still costs PostgreSQL some pages per waiting booking; finding the end up to this much late only adds
     * the suite's idle CPU of those seconds to the measurement.
     */
    private static final Duration BETWEEN_LOOKS = Duration.ofSeconds(3);
    /** How much earlier than its booking's commit a mail may have been created by a clock slightly behind. */
    private static final Duration CLOCK_SLACK = Duration.ofSeconds(1);

    private final String jdbcUrl;
    private final String user;

    public PipelineLatency(String jdbcUrl, String user) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
    }

    /**
     * Waits until every confirmed booking of the events has its ticket and its mail, or nothing moved for
     * {@code quiet}, and then measures. After the first look it asks only about the bookings still waiting for
     * their ticket or mail, so that watching the pipeline drain costs PostgreSQL little of the CPU it measures.
     */
    public Measured awaitAndMeasure(Collection<UUID> eventIds, Instant since, Duration quiet, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        Map<UUID, Latencies> byBooking = new HashMap<>(query(OF_EVENTS, eventIds, since, since));
        Instant lastProgress = Instant.now();
        int arrived = arrived(byBooking);
        while (arrived < 2 * byBooking.size() && Instant.now().isBefore(deadline)
                && Duration.between(lastProgress, Instant.now()).compareTo(quiet) < 0) {
            sleep(BETWEEN_LOOKS);
            Map<UUID, Latencies> waiting = new HashMap<>(byBooking);
            waiting.values().removeIf(Latencies::complete);
            // the mails of the bookings still waiting were created after the earliest of them committed
            Instant firstWaiting = waiting.values().stream().map(Latencies::bookedAt).min(Instant::compareTo)
                    .orElse(since);
            byBooking.putAll(query(OF_BOOKINGS, waiting.keySet(), firstWaiting.minus(CLOCK_SLACK), since));
            int now = arrived(byBooking);
            if (now > arrived) {
                lastProgress = Instant.now();
            }
            arrived = now;
        }
        return Measured.of(byBooking.values());
    }

    private Map<UUID, Latencies> query(String condition, Collection<UUID> ids, Instant mailsSince, Instant since) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             PreparedStatement query = connection.prepareStatement(LATENCIES + condition)) {
            query.setTimestamp(1, Timestamp.from(mailsSince));
            query.setTimestamp(2, Timestamp.from(since));
            query.setArray(3, connection.createArrayOf("uuid", ids.toArray()));
            Map<UUID, Latencies> byBooking = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Long toTicket = rows.getObject("to_ticket_ms", Long.class);
                    Long toMail = rows.getObject("to_mail_ms", Long.class);
                    Timestamp mailSentAt = rows.getTimestamp("mail_sent_at");
                    byBooking.put(rows.getObject("id", UUID.class), new Latencies(
                            rows.getTimestamp("created_at").toInstant(), toTicket, toMail,
                            mailSentAt == null ? null : mailSentAt.toInstant()));
                }
            }
            return byBooking;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pipeline's timestamps at " + jdbcUrl, e);
        }
    }

    private static int arrived(Map<UUID, Latencies> byBooking) {
        return byBooking.values().stream()
                .mapToInt(latencies -> (latencies.toTicket() == null ? 0 : 1) + (latencies.toMail() == null ? 0 : 1))
                .sum();
    }

    /** One booking's: null where its ticket or its mail is not there yet. */
    private record Latencies(Instant bookedAt, Long toTicket, Long toMail, Instant mailSentAt) {

        boolean complete() {
            return toTicket != null && toMail != null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline", e);
        }
    }

    /**
     * @param bookings   confirmed bookings of the run; the lists hold one latency each for those that got there
     * @param mailSentAt when each confirmation mail that got there was accepted by the SMTP sink
     */
    public record Measured(int bookings, List<Long> toTicket, List<Long> toMail, List<Instant> mailSentAt) {

        static Measured of(Collection<Latencies> bookings) {
            List<Long> toTicket = new ArrayList<>();
            List<Long> toMail = new ArrayList<>();
            List<Instant> mailSentAt = new ArrayList<>();
            for (Latencies booking : bookings) {
                if (booking.toTicket() != null) {
                    toTicket.add(booking.toTicket());
                }
                if (booking.toMail() != null) {
                    toMail.add(booking.toMail());
                    mailSentAt.add(booking.mailSentAt());
                }
            }
            return new Measured(bookings.size(), toTicket, toMail, mailSentAt);
        }

        public static Measured nothing() {
            return new Measured(0, List.of(), List.of(), List.of());
        }

        public boolean complete() {
            return toTicket.size() == bookings && toMail.size() == bookings;
        }
    }
}
