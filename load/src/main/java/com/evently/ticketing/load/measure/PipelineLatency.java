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
import java.util.List;
import java.util.UUID;

/**
 * How long after its commit a booking got its ticket and its confirmation mail, from the services' own tables in
 * the suite's database: booking.booking.created_at (written in the booking's transaction), the first
 * ticketing.ticket.issued_at of the booking, notification.outbound_mail.sent_at of its BOOKING_CONFIRMATION (set once
 * the SMTP server accepted the mail).
 */
public final class PipelineLatency {

    // One row per confirmed booking of the run's events; a null is a ticket or mail not there (yet).
    private static final String LATENCIES = """
            SELECT (extract(epoch FROM t.first_issued - b.created_at) * 1000)::bigint AS to_ticket_ms,
                   (extract(epoch FROM m.sent_at - b.created_at) * 1000)::bigint AS to_mail_ms,
                   m.sent_at AS mail_sent_at
            FROM booking.booking b
            LEFT JOIN LATERAL (SELECT min(issued_at) AS first_issued
                               FROM ticketing.ticket WHERE booking_id = b.id) t ON true
            LEFT JOIN notification.outbound_mail m ON m.kind = 'BOOKING_CONFIRMATION' AND m.booking_id = b.id
            WHERE b.event_id = ANY (?) AND b.created_at >= ? AND b.status = 'CONFIRMED'""";

    private final String jdbcUrl;
    private final String user;

    public PipelineLatency(String jdbcUrl, String user) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
    }

    /**
     * Waits until every confirmed booking of the events has its ticket and its mail, or nothing moved for
     * {@code quiet}, and then measures.
     */
    public Measured awaitAndMeasure(Collection<UUID> eventIds, Instant since, Duration quiet, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        Measured last = measure(eventIds, since);
        Instant lastProgress = Instant.now();
        while (!last.complete() && Instant.now().isBefore(deadline)
                && Duration.between(lastProgress, Instant.now()).compareTo(quiet) < 0) {
            sleep(Duration.ofSeconds(1));
            Measured now = measure(eventIds, since);
            if (now.toTicket().size() + now.toMail().size() > last.toTicket().size() + last.toMail().size()) {
                lastProgress = Instant.now();
            }
            last = now;
        }
        return last;
    }

    public Measured measure(Collection<UUID> eventIds, Instant since) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             PreparedStatement query = connection.prepareStatement(LATENCIES)) {
            query.setArray(1, connection.createArrayOf("uuid", eventIds.toArray()));
            query.setTimestamp(2, Timestamp.from(since));
            List<Long> toTicket = new ArrayList<>();
            List<Long> toMail = new ArrayList<>();
            List<Instant> mailSentAt = new ArrayList<>();
            int bookings = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bookings++;
                    long ticket = rows.getLong("to_ticket_ms");
                    if (!rows.wasNull()) {
                        toTicket.add(ticket);
                    }
                    long mail = rows.getLong("to_mail_ms");
                    if (!rows.wasNull()) {
                        toMail.add(mail);
                        mailSentAt.add(rows.getTimestamp("mail_sent_at").toInstant());
                    }
                }
            }
            return new Measured(bookings, toTicket, toMail, mailSentAt);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pipeline's timestamps at " + jdbcUrl, e);
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

        public static Measured nothing() {
            return new Measured(0, List.of(), List.of(), List.of());
        }

        public boolean complete() {
            return toTicket.size() == bookings && toMail.size() == bookings;
        }
    }
}
