package com.evently.ticketing.notification.adapter.out.persistence;

import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.domain.ClaimedMail;
import com.evently.ticketing.notification.domain.MailContent;
import com.evently.ticketing.notification.domain.MailKind;
import com.evently.ticketing.notification.domain.MailPurpose;
import com.evently.ticketing.notification.domain.OutboundMail;
import com.evently.ticketing.notification.domain.TokenFingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The mail queue as the {@code outbound_mail} table. Statements run in the caller's transaction, if any. */
public class JdbcMailQueue implements MailQueue {

    /** Long enough to diagnose a failure, short enough that a huge message cannot bloat the table. */
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;

    public JdbcMailQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(OutboundMail mail, Instant dueAt) {
        // ON CONFLICT on (kind, reference): the inbox only catches a redelivered event id, while a re-published
        // event with a new id reaches this point again and must still leave one mail per booking or reset token
        MailPurpose purpose = mail.purpose();
        PurposeColumns columns = PurposeColumns.of(purpose);
        return jdbc.sql("""
                        INSERT INTO outbound_mail (id, kind, reference, booking_id, user_id, recipient, subject,
                                                   text_body, html_body, status, attempts, next_attempt_at, created_at)
                        VALUES (:id, :kind, :reference, :bookingId, :userId, :recipient, :subject,
                                :textBody, :htmlBody, 'PENDING', 0, :dueAt, :dueAt)
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
                .update() == 1;
    }

    @Override
    public List<ClaimedMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        // One auto-committed statement, so row locks last only as long as it does. SKIP LOCKED lets concurrent
        // senders (threads or replicas) take disjoint rows instead of queueing behind each other; moving
        // next_attempt_at to the end of the claim then hides the rows from every other sender once this
        // commits, while nothing stays locked during the slow part (PDF download, SMTP).
        UUID claim = UUID.randomUUID();
        return jdbc.sql("""
                        UPDATE outbound_mail
                           SET attempts = attempts + 1, next_attempt_at = :claimedUntil, claim_id = :claim
                         WHERE id IN (SELECT id FROM outbound_mail
                                       WHERE status = 'PENDING' AND next_attempt_at <= :now
                                       ORDER BY next_attempt_at
                                       LIMIT :limit
                                       FOR UPDATE SKIP LOCKED)
                        RETURNING id, kind, reference, booking_id, user_id, recipient, subject, text_body, html_body,
                                  attempts, claim_id
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
        jdbc.sql("""
                        UPDATE outbound_mail
                           SET status = 'SENT', sent_at = :sentAt, claim_id = NULL, last_error = NULL,
                               text_body = CASE WHEN :eraseBody THEN '' ELSE text_body END,
                               html_body = CASE WHEN :eraseBody THEN '' ELSE html_body END
                         WHERE id = :id AND status = 'PENDING'
                        """)
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
                         WHERE id = :id AND claim_id = :claim AND status = 'PENDING'
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
                         WHERE id = :id AND claim_id = :claim AND status = 'PENDING'
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
                new MailContent(row.getString("subject"), row.getString("text_body"), row.getString("html_body")));
        return new ClaimedMail(row.getObject("id", UUID.class), mail, row.getInt("attempts"),
                row.getObject("claim_id", UUID.class));
    }

    private static MailPurpose purposeOf(ResultSet row) throws SQLException {
        return switch (MailKind.valueOf(row.getString("kind"))) {
            case BOOKING_CONFIRMATION -> new MailPurpose.BookingTickets(row.getObject("booking_id", UUID.class));
            case PASSWORD_RESET -> new MailPurpose.PasswordReset(row.getObject("user_id", UUID.class),
                    new TokenFingerprint(row.getString("reference")));
        };
    }

    /** Whom or what a mail is about, in the column of its purpose; the others stay null. */
    private record PurposeColumns(UUID bookingId, UUID userId) {

        static PurposeColumns of(MailPurpose purpose) {
            return switch (purpose) {
                case MailPurpose.BookingTickets tickets -> new PurposeColumns(tickets.bookingId(), null);
                case MailPurpose.PasswordReset reset -> new PurposeColumns(null, reset.userId());
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
