package com.evently.ticketing.deploy.chaos;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.evently.ticketing.deploy.DatabaseConnection;
import com.evently.ticketing.deploy.chaos.ClientLedger.Outcome;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * What must hold once the system has drained, read from each service's tables (as the superuser, who sees every
 * schema), from the mails GreenMail received and from what the clients saw.
 */
final class InvariantChecks {

    private static final String CONFIRMATION_SUBJECT = "Your tickets for ";
    private static final Pattern BOOKING_REFERENCE = Pattern.compile(
            "Booking reference: ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final int SHOWN_EXAMPLES = 5;

    private final DatabaseConnection database;
    private final String eventId;

    InvariantChecks(DatabaseConnection database, String eventId) {
        this.database = database;
        this.eventId = eventId;
    }

    /** One pass over every invariant; a run repeats it until all hold or the drain time is up. */
    ChaosReport check(List<MimeMessage> mails, ClientLedger ledger) {
        ChaosReport report = new ChaosReport();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            soldEqualsCapacityMinusAvailable(connection, report);
            confirmedBookingsPublished(connection, report);
            oneValidTicketPerConfirmedSeat(connection, report);
            noValidTicketForCancelledSeat(connection, report);
            Map<UUID, String> statuses = bookingStatuses(connection);
            confirmationMails(mails, statuses, report);
            clientsLearntEveryCommit(ledger, statuses.keySet(), report);
        } catch (SQLException e) {
            report.violation("database", "could not read the services' tables: " + e.getMessage());
        }
        return report;
    }

    private void soldEqualsCapacityMinusAvailable(Connection connection, ChaosReport report) throws SQLException {
        String sql = """
                SELECT l.ticket_type_id, l.capacity, l.available,
                       COALESCE(SUM(b.quantity) FILTER (WHERE b.status = 'CONFIRMED'), 0) AS sold
                FROM booking.inventory_line_seats l
                LEFT JOIN booking.booking b ON b.session_id = l.session_id AND b.ticket_type_id = l.ticket_type_id
                WHERE l.event_id = ?::uuid
                GROUP BY l.ticket_type_id, l.capacity, l.available ORDER BY l.ticket_type_id
                """;
        for (Map<String, Object> line : rows(connection, sql)) {
            int capacity = ((Number) line.get("capacity")).intValue();
            int available = ((Number) line.get("available")).intValue();
            long sold = ((Number) line.get("sold")).longValue();
            String text = "line " + line.get("ticket_type_id") + ": capacity " + capacity + ", available " + available
                    + ", sold (seats of confirmed bookings) " + sold;
            if (sold != capacity - available) {
                report.violation("sold = capacity − available", text);
            } else {
                report.fact("sold = capacity − available", text);
            }
        }
    }

    private void confirmedBookingsPublished(Connection connection, ChaosReport report) throws SQLException {
        List<Map<String, Object>> missing = rows(connection, """
                SELECT b.id FROM booking.booking b
                WHERE b.event_id = ?::uuid AND NOT EXISTS (
                  SELECT 1 FROM booking.outbox o
                  WHERE o.aggregate_id = b.id::text AND o.event_type = 'booking.BookingConfirmed.v1'
                    AND o.published_at IS NOT NULL)
                """);
        long bookings = count(connection, "SELECT count(*) FROM booking.booking WHERE event_id = ?::uuid");
        long unpublished = count(connection,
                "SELECT count(*) FROM booking.outbox WHERE published_at IS NULL AND ?::text IS NOT NULL");
        String rule = "every booking's BookingConfirmed published";
        if (!missing.isEmpty() || unpublished > 0) {
            report.violation(rule, missing.size() + " of " + bookings + " bookings without a published"
                    + " BookingConfirmed, " + unpublished + " outbox rows unpublished; e.g. " + examples(missing));
        } else {
            report.fact(rule, bookings + " bookings, every BookingConfirmed published, no outbox row pending");
        }
    }

    private void oneValidTicketPerConfirmedSeat(Connection connection, ChaosReport report) throws SQLException {
        String seats = """
                FROM booking.booking b JOIN booking.booking_seat s ON s.booking_id = b.id
                LEFT JOIN ticketing.ticket t ON t.seat_id = s.seat_id AND t.status = 'VALID'
                WHERE b.event_id = ?::uuid AND b.status = 'CONFIRMED'
                """;
        List<Map<String, Object>> wrong = rows(connection, "SELECT s.seat_id, count(t.id) AS valid " + seats
                + " GROUP BY s.seat_id HAVING count(t.id) <> 1");
        long confirmedSeats = count(connection, "SELECT count(DISTINCT s.seat_id) " + seats);
        String rule = "exactly one valid ticket per confirmed seat";
        if (!wrong.isEmpty()) {
            report.violation(rule, wrong.size() + " of " + confirmedSeats + " confirmed seats have not exactly one"
                    + " valid ticket; e.g. " + examples(wrong));
        } else {
            report.fact(rule, confirmedSeats + " confirmed seats, each with one valid ticket");
        }
    }

    private void noValidTicketForCancelledSeat(Connection connection, ChaosReport report) throws SQLException {
        List<Map<String, Object>> wrong = rows(connection, """
                SELECT t.id AS ticket, s.seat_id FROM booking.booking b
                JOIN booking.booking_seat s ON s.booking_id = b.id
                JOIN ticketing.ticket t ON t.seat_id = s.seat_id AND t.status = 'VALID'
                WHERE b.event_id = ?::uuid AND b.status = 'CANCELLED'
                """);
        long cancelled = count(connection,
                "SELECT count(*) FROM booking.booking WHERE event_id = ?::uuid AND status = 'CANCELLED'");
        String rule = "no valid ticket for a cancelled seat";
        if (!wrong.isEmpty()) {
            report.violation(rule, wrong.size() + " valid tickets for seats of cancelled bookings; e.g. " + examples(wrong));
        } else {
            report.fact(rule, cancelled + " cancelled bookings, none with a valid ticket");
        }
    }

    private Map<UUID, String> bookingStatuses(Connection connection) throws SQLException {
        Map<UUID, String> statuses = new HashMap<>();
        for (Map<String, Object> row : rows(connection, "SELECT id, status FROM booking.booking WHERE event_id = ?::uuid")) {
            statuses.put((UUID) row.get("id"), (String) row.get("status"));
        }
        return statuses;
    }

    /**
     * At most one confirmation per booking, and one for every booking still confirmed. A booking cancelled quickly
     * may or may not have had its confirmation before the cancellation: either is right.
     */
    private static void confirmationMails(List<MimeMessage> mails, Map<UUID, String> statuses, ChaosReport report) {
        Map<UUID, Integer> confirmations = new HashMap<>();
        for (MimeMessage mail : mails) {
            try {
                if (mail.getSubject() == null || !mail.getSubject().startsWith(CONFIRMATION_SUBJECT)) {
                    continue;
                }
                Matcher reference = BOOKING_REFERENCE.matcher(plainText(mail));
                if (reference.find()) {
                    confirmations.merge(UUID.fromString(reference.group(1)), 1, Integer::sum);
                }
            } catch (MessagingException | IOException e) {
                report.violation("mail", "unreadable mail: " + e);
            }
        }
        List<String> duplicated = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        statuses.forEach((booking, status) -> {
            int count = confirmations.getOrDefault(booking, 0);
            if (count > 1) {
                duplicated.add(booking + " (" + count + ")");
            } else if (count == 0 && status.equals("CONFIRMED")) {
                missing.add(booking.toString());
            }
        });
        String rule = "one confirmation mail per booking, none missing";
        if (!duplicated.isEmpty() || !missing.isEmpty()) {
            report.violation(rule, duplicated.size() + " bookings with several confirmations "
                    + duplicated.stream().limit(SHOWN_EXAMPLES).toList() + ", " + missing.size()
                    + " confirmed bookings without one " + missing.stream().limit(SHOWN_EXAMPLES).toList());
        } else {
            report.fact(rule, confirmations.size() + " confirmation mails for " + statuses.size() + " bookings ("
                    + mails.size() + " mails in all)");
        }
    }

    private static void clientsLearntEveryCommit(ClientLedger ledger, Set<UUID> committed, ChaosReport report) {
        Set<UUID> learnt = ledger.learntBookings();
        List<UUID> unknown = committed.stream().filter(booking -> !learnt.contains(booking)).toList();
        List<ClientLedger.Write> unresolved = ledger.writes().stream()
                .filter(write -> write.outcome() == Outcome.UNRESOLVED || write.outcome() == Outcome.PENDING).toList();
        long resolvedByReplay = ledger.writes().stream()
                .filter(write -> write.inconclusiveAttempts() > 0 && write.outcome() != Outcome.UNRESOLVED
                        && write.outcome() != Outcome.PENDING).count();
        String rule = "every inconclusive write resolved by replaying its key";
        if (!unknown.isEmpty() || !unresolved.isEmpty()) {
            report.violation(rule, unknown.size() + " committed bookings no client learnt of "
                    + unknown.stream().limit(SHOWN_EXAMPLES).toList() + ", " + unresolved.size()
                    + " writes never answered conclusively " + unresolved.stream().limit(SHOWN_EXAMPLES).toList());
        } else {
            report.fact(rule, ledger.writes().size() + " writes (" + ledger.requests() + " requests, "
                    + ledger.inconclusiveReplies() + " answered 5xx or not at all); " + resolvedByReplay
                    + " writes needed a replay and got their committed result; every committed booking known to its client; "
                    + ledger.writes().stream().filter(write -> write.outcome() == Outcome.SOLD_OUT).count()
                    + " bookings answered sold out");
        }
        if (ledger.unexpectedReplies() > 0) {
            report.violation("no unexpected replies", ledger.unexpectedReplies() + " replies a healthy system would"
                    + " not give, e.g. " + ledger.unexpectedExamples());
        }
    }

    private List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, eventId);
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int column = 1; column <= columns; column++) {
                        row.put(result.getMetaData().getColumnLabel(column), result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private long count(Connection connection, String sql) throws SQLException {
        return ((Number) rows(connection, sql).getFirst().values().iterator().next()).longValue();
    }

    private static String examples(List<Map<String, Object>> rows) {
        return rows.stream().limit(SHOWN_EXAMPLES).toList().toString();
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }
}
