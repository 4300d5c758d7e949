package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.DeliveryLog;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.domain.ClaimedMail;
import com.evently.ticketing.notification.domain.DeliveryLogQuery;
import com.evently.ticketing.notification.domain.DeliveryPriority;
import com.evently.ticketing.notification.domain.LoggedMail;
import com.evently.ticketing.notification.domain.LoggedMails;
import com.evently.ticketing.notification.domain.MailContent;
import com.evently.ticketing.notification.domain.MailKind;
import com.evently.ticketing.notification.domain.MailPurpose;
import com.evently.ticketing.notification.domain.MailStatus;
import com.evently.ticketing.notification.domain.OutboundMail;
import com.evently.ticketing.notification.domain.TokenFingerprint;
import com.evently.ticketing.platform.persistence.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The mail queue as the {@code outbound_mail} table, which is also the delivery log. Statements run in the
 * caller's transaction, if any. A mail queued or reopened is announced once that transaction has committed (at
 * once without one): before, no sender could claim it.
 */
public class JdbcMailQueue implements MailQueue, DeliveryLog {

    private static final String LOGGED_COLUMNS = """
            id, kind, reference, booking_id, user_id, recipient, subject, status, attempts, last_error, created_at,
            next_attempt_at, sent_at""";

    /**
     * Marks a claimed mail sent. A statement that addresses one mail by its id compares its status under the "C"
     * collation: the same equality for these ASCII values, but one PostgreSQL cannot match with the predicate of the
     * partial index outbound_mail_due (status = 'PENDING'). Otherwise a plan made while autovacuum had counted next
     * to nothing pending looks the row up by scanning that whole index, and once thousands of mails are pending every
     * mail sent costs hundreds of pages instead of a primary key lookup.
     */
    public static final String MARK_SENT = """
            UPDATE outbound_mail
               SET status = 'SENT', sent_at = :sentAt, claim_id = NULL, last_error = NULL,
                   text_body = CASE WHEN :eraseBody THEN '' ELSE text_body END,
                   html_body = CASE WHEN :eraseBody THEN '' ELSE html_body END
             WHERE id = :id AND status = 'PENDING' COLLATE "C"
            """;

    /** Long enough to diagnose a failure, short enough that a huge message cannot bloat the table. */
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final Runnable mailQueued;

    /** @param mailQueued told after the commit of a mail queued or reopened; it must not block */
    public JdbcMailQueue(JdbcClient jdbc, Runnable mailQueued) {
        this.jdbc = jdbc;
        this.mailQueued = mailQueued;
    }

    @Override
    public boolean add(OutboundMail mail, Instant dueAt) {
        // ON CONFLICT on (kind, reference): the inbox only catches a redelivered event id, while a re-published
        // event with a new id reaches this point again and must still leave one mail per purpose
        MailPurpose purpose = mail.purpose();
        PurposeColumns columns = PurposeColumns.of(purpose);
        boolean queued = jdbc.sql("""
                        INSERT INTO outbound_mail (id, kind, reference, booking_id, user_id, recipient, subject,
                                                   text_body, html_body, status, attempts, next_attempt_at, created_at,
                                                   priority, unsubscribe_url)
                        VALUES (:id, :kind, :reference, :bookingId, :userId, :recipient, :subject,
                                :textBody, :htmlBody, 'PENDING', 0, :dueAt, :dueAt, :priority, :unsubscribe)
                        ON CONFLICT (kind, reference) DO NOTHING
                        """)
                .param("id", UUID.randomUUID())
                .param("kind", purpose.kind().name())
                .param("reference", purpose.reference())
                .param("bookingId", columns.bookingId(), Types.OTHER)
                .param("userId", columns.userId(), Types.OTHER)
                .param("recipient", mail.recipient())
                .param("subject", mail.content().subject())
                .param("textBody", mail.content().plainText())
                .param("htmlBody", mail.content().html())
                .param("dueAt", Timestamp.from(dueAt))
                .param("priority", priorityOf(purpose.priority()))
                .param("unsubscribe", mail.unsubscribe() == null ? null : mail.unsubscribe().toString())
                .update() == 1;
        if (queued) {
            AfterCommit.run(mailQueued);
        }
        return queued;
    }

    @Override
    public List<ClaimedMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        // One auto-committed statement, so row locks last only as long as it does. SKIP LOCKED lets concurrent
        // senders (threads or replicas) take disjoint rows instead of queueing behind each other; moving
        // next_attempt_at to the end of the claim then hides the rows from every other sender once this
        // commits, while nothing stays locked during the slow part (PDF download, SMTP). Interactive mails first:
        // the order matches the index outbound_mail_due, so the most urgent due row is found without a sort.
        UUID claim = UUID.randomUUID();
        return jdbc.sql("""
                        UPDATE outbound_mail
                           SET attempts = attempts + 1, next_attempt_at = :claimedUntil, claim_id = :claim
                         WHERE id IN (SELECT id FROM outbound_mail
                                       WHERE status = 'PENDING' AND next_attempt_at <= :now
                                       ORDER BY priority, next_attempt_at
                                       LIMIT :limit
                                       FOR UPDATE SKIP LOCKED)
                        RETURNING id, kind, reference, booking_id, user_id, recipient, subject, text_body, html_body,
                                  attempts, claim_id, unsubscribe_url
                        """)
                .param("claimedUntil", Timestamp.from(claimedUntil))
                .param("claim", claim)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(JdbcMailQueue::claimedMail)
                .list();
    }

    @Override
    public void markSent(ClaimedMail mail, Instant sentAt) {
        // Not guarded by the claim: once any sender got the mail out, "sent" is the truth, even if this
        // sender's claim ran out meanwhile; the status guard keeps a later outcome from reopening it.
        // The text is blanked in the same statement, so a sent reset link is never at rest in the table.
        jdbc.sql(MARK_SENT)
                .param("sentAt", Timestamp.from(sentAt))
                .param("eraseBody", erasesBody(mail))
                .param("id", mail.id())
                .update();
    }

    @Override
    public void scheduleRetry(ClaimedMail mail, Instant nextAttemptAt, String reason) {
        // Guarded by the claim: a sender whose claim ran out must not shorten the claim of the sender that
        // took the mail after it, or a third sender could deliver it while the second still is.
        jdbc.sql("""
                        UPDATE outbound_mail
                           SET next_attempt_at = :nextAttemptAt, claim_id = NULL, last_error = :reason
                         WHERE id = :id AND claim_id = :claim AND status = 'PENDING' COLLATE "C"
                        """)
                .param("nextAttemptAt", Timestamp.from(nextAttemptAt))
                .param("reason", shortened(reason))
                .param("id", mail.id())
                .param("claim", mail.claim())
                .update();
    }

    @Override
    public void postpone(ClaimedMail mail, Instant nextAttemptAt, String reason) {
        // guarded by the claim as scheduleRetry is; the attempt the claim counted is given back
        jdbc.sql("""
                        UPDATE outbound_mail
                           SET next_attempt_at = :nextAttemptAt, claim_id = NULL, last_error = :reason,
                               attempts = attempts - 1
                         WHERE id = :id AND claim_id = :claim AND status = 'PENDING' COLLATE "C"
                        """)
                .param("nextAttemptAt", Timestamp.from(nextAttemptAt))
                .param("reason", shortened(reason))
                .param("id", mail.id())
                .param("claim", mail.claim())
                .update();
    }

    @Override
    public void markFailed(ClaimedMail mail, String reason) {
        jdbc.sql("""
                        UPDATE outbound_mail
                           SET status = 'FAILED', claim_id = NULL, last_error = :reason,
                               text_body = CASE WHEN :eraseBody THEN '' ELSE text_body END,
                               html_body = CASE WHEN :eraseBody THEN '' ELSE html_body END
                         WHERE id = :id AND claim_id = :claim AND status = 'PENDING' COLLATE "C"
                        """)
                .param("reason", shortened(reason))
                .param("eraseBody", erasesBody(mail))
                .param("id", mail.id())
                .param("claim", mail.claim())
                .update();
    }

    @Override
    public long countPending() {
        // served by the partial index outbound_mail_due
        return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE status = 'PENDING'").query(Long.class).single();
    }

    /** As stored in {@code outbound_mail.priority}: the lower, the sooner. */
    private static int priorityOf(DeliveryPriority priority) {
        return switch (priority) {
            case INTERACTIVE -> 0;
            case BULK -> 1;
        };
    }

    @Override
    public LoggedMails search(DeliveryLogQuery query) {
        // Only the filters given become conditions: plain SQL, and each query is one the planner can index
        // (lower(recipient) and created_at are indexed).
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.recipient() != null) {
            conditions.add("lower(recipient) = lower(:recipient)");
            params.put("recipient", query.recipient());
        }
        if (query.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.status() != null) {
            conditions.add("status = :status");
            params.put("status", query.status().name());
        }
        if (query.from() != null) {
            conditions.add("created_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            conditions.add("created_at < :to");
            params.put("to", Timestamp.from(query.to()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM outbound_mail" + where).params(params).query(Long.class).single();
        List<LoggedMail> items = jdbc.sql("SELECT " + LOGGED_COLUMNS + " FROM outbound_mail" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(JdbcMailQueue::loggedMail)
                .list();
        return new LoggedMails(items, total);
    }

    @Override
    public Optional<LoggedMail> find(UUID mailId) {
        return jdbc.sql("SELECT " + LOGGED_COLUMNS + " FROM outbound_mail WHERE id = :id")
                .param("id", mailId)
                .query(JdbcMailQueue::loggedMail)
                .optional();
    }

    @Override
    public boolean reopen(UUID mailId, Instant dueAt) {
        // the status guard lets one of two administrators clicking "resend" at once win; an erased body is never
        // reopened, whatever the caller checked before
        boolean reopened = jdbc.sql("""
                        UPDATE outbound_mail
                           SET status = 'PENDING', attempts = 0, next_attempt_at = :dueAt, claim_id = NULL,
                               sent_at = NULL, last_error = NULL, priority = 0
                         WHERE id = :id AND status IN ('SENT', 'FAILED') AND kind <> 'PASSWORD_RESET'
                        """)
                .param("dueAt", Timestamp.from(dueAt))
                .param("id", mailId)
                .update() == 1;
        if (reopened) {
            AfterCommit.run(mailQueued);
        }
        return reopened;
    }

    private static LoggedMail loggedMail(ResultSet row, int rowNumber) throws SQLException {
        Timestamp sentAt = row.getTimestamp("sent_at");
        return new LoggedMail(row.getObject("id", UUID.class), MailKind.valueOf(row.getString("kind")),
                row.getString("recipient"), row.getString("subject"), MailStatus.valueOf(row.getString("status")),
                row.getInt("attempts"), row.getString("last_error"), row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("next_attempt_at").toInstant(), sentAt == null ? null : sentAt.toInstant(),
                purposeOf(row).bodyRetention());
    }

    private static boolean erasesBody(ClaimedMail mail) {
        return switch (mail.mail().purpose().bodyRetention()) {
            case KEEP -> false;
            case ERASE -> true;
        };
    }

    private static ClaimedMail claimedMail(ResultSet row, int rowNumber) throws SQLException {
        OutboundMail mail = new OutboundMail(
                purposeOf(row),
                row.getString("recipient"),
                new MailContent(row.getString("subject"), row.getString("text_body"), row.getString("html_body")),
                row.getString("unsubscribe_url") == null ? null : URI.create(row.getString("unsubscribe_url")));
        return new ClaimedMail(row.getObject("id", UUID.class), mail, row.getInt("attempts"),
                row.getObject("claim_id", UUID.class));
    }

    private static MailPurpose purposeOf(ResultSet row) throws SQLException {
        return switch (MailKind.valueOf(row.getString("kind"))) {
            case BOOKING_CONFIRMATION -> MailPurpose.BookingTickets.of(row.getObject("booking_id", UUID.class),
                    row.getString("reference"));
            case PASSWORD_RESET -> new MailPurpose.PasswordReset(row.getObject("user_id", UUID.class),
                    new TokenFingerprint(row.getString("reference")));
            case BOOKING_CHANGED -> MailPurpose.ChangedBooking.of(row.getObject("booking_id", UUID.class),
                    row.getString("reference"));
            case BOOKING_CANCELLED -> new MailPurpose.CancelledBooking(row.getObject("booking_id", UUID.class));
            case EVENT_CANCELLED -> MailPurpose.CancelledEvent.of(row.getString("reference"));
            case WAITLIST_OFFER -> new MailPurpose.OfferedSeats(UUID.fromString(row.getString("reference")),
                    row.getObject("user_id", UUID.class));
            case SESSION_REMINDER -> MailPurpose.Reminder.of(row.getString("reference"));
            case EVENT_CHANGED -> MailPurpose.ChangedEvent.of(row.getString("reference"));
            case WELCOME -> new MailPurpose.Welcomed(row.getObject("user_id", UUID.class));
            case TICKET_RECEIVED -> new MailPurpose.ReceivedTicket(UUID.fromString(row.getString("reference")));
            case TICKET_GIVEN -> new MailPurpose.GaveTicket(UUID.fromString(row.getString("reference")));
            case TICKET_RETURNED -> new MailPurpose.ReturnedTicket(UUID.fromString(row.getString("reference")));
            case WAITLIST_OFFER_EXPIRED -> new MailPurpose.LapsedOffer(UUID.fromString(row.getString("reference")),
                    row.getObject("user_id", UUID.class));
            case WEBHOOK_DISABLED -> MailPurpose.DisabledWebhook.of(row.getObject("user_id", UUID.class),
                    row.getString("reference"));
        };
    }

    /** Whom or what a mail is about, in the column of its purpose; the others stay null. */
    private record PurposeColumns(UUID bookingId, UUID userId) {

        static PurposeColumns of(MailPurpose purpose) {
            return switch (purpose) {
                case MailPurpose.BookingTickets tickets -> new PurposeColumns(tickets.bookingId(), null);
                case MailPurpose.PasswordReset reset -> new PurposeColumns(null, reset.userId());
                case MailPurpose.ChangedBooking changed -> new PurposeColumns(changed.bookingId(), null);
                case MailPurpose.CancelledBooking cancelled -> new PurposeColumns(cancelled.bookingId(), null);
                case MailPurpose.CancelledEvent event -> new PurposeColumns(null, event.buyerId());
                case MailPurpose.OfferedSeats offer -> new PurposeColumns(null, offer.userId());
                case MailPurpose.Reminder reminder -> new PurposeColumns(reminder.bookingId(), null);
                case MailPurpose.ChangedEvent changed -> new PurposeColumns(null, changed.userId());
                case MailPurpose.Welcomed welcomed -> new PurposeColumns(null, welcomed.userId());
                case MailPurpose.ReceivedTicket received -> new PurposeColumns(null, null);
                case MailPurpose.GaveTicket given -> new PurposeColumns(null, null);
                case MailPurpose.ReturnedTicket returned -> new PurposeColumns(null, null);
                case MailPurpose.LapsedOffer lapsed -> new PurposeColumns(null, lapsed.userId());
                case MailPurpose.DisabledWebhook disabled -> new PurposeColumns(null, disabled.organizerId());
            };
        }
    }

    private static String shortened(String reason) {
        if (reason == null) {
            return null;
        }
        return reason.length() <= MAX_ERROR_LENGTH ? reason : reason.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
