package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.WaitlistEntry;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.instant;
import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

@Repository
class JdbcWaitlist implements Waitlist {

    private static final String COLUMNS = """
            entry.id, entry.user_id, entry.buyer_email, entry.buyer_name, entry.event_id, entry.session_id,
            entry.ticket_type_id, entry.quantity, entry.joined_at""";

    private static final RowMapper<WaitlistEntry> ENTRY = (rs, rowNum) -> new WaitlistEntry(
            rs.getObject("id", UUID.class),
            new Buyer(rs.getObject("user_id", UUID.class), rs.getString("buyer_email"), rs.getString("buyer_name")),
            new InventoryLineKey(rs.getObject("event_id", UUID.class), rs.getObject("session_id", UUID.class),
                    rs.getObject("ticket_type_id", UUID.class)),
            rs.getInt("quantity"),
            instant(rs, "joined_at"));

    private final JdbcClient jdbc;

    JdbcWaitlist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(WaitlistEntry entry) {
        // DO NOTHING on the (user, line) key: the second of two racing joins of one user learns it was second.
        return jdbc.sql("""
                        INSERT INTO waitlist_entry (id, user_id, buyer_email, buyer_name, event_id, session_id,
                                                    ticket_type_id, quantity, joined_at)
                        VALUES (:id, :userId, :email, :name, :eventId, :sessionId, :ticketTypeId, :quantity, :joinedAt)
                        ON CONFLICT (user_id, session_id, ticket_type_id) DO NOTHING
                        """)
                .param("id", entry.id())
                .param("userId", entry.buyer().userId())
                .param("email", entry.buyer().email())
                .param("name", entry.buyer().name())
                .param("eventId", entry.line().eventId())
                .param("sessionId", entry.line().sessionId())
                .param("ticketTypeId", entry.line().ticketTypeId())
                .param("quantity", entry.quantity())
                .param("joinedAt", utc(entry.joinedAt()))
                .update() == 1;
    }

    @Override
    public List<WaitlistEntry> inLine(InventoryLineKey line) {
        return jdbc.sql("SELECT " + COLUMNS + """

                          FROM waitlist_entry entry
                         WHERE entry.session_id = :sessionId AND entry.ticket_type_id = :ticketTypeId
                         ORDER BY entry.seq
                        """)
                .param("sessionId", line.sessionId())
                .param("ticketTypeId", line.ticketTypeId())
                .query(ENTRY)
                .list();
    }

    @Override
    public void remove(UUID entryId) {
        jdbc.sql("DELETE FROM waitlist_entry WHERE id = :id").param("id", entryId).update();
    }

    @Override
    public boolean removeOf(UUID userId, InventoryLineKey line) {
        return jdbc.sql("""
                        DELETE FROM waitlist_entry
                         WHERE user_id = :userId AND session_id = :sessionId AND ticket_type_id = :ticketTypeId
                        """)
                .param("userId", userId)
                .param("sessionId", line.sessionId())
                .param("ticketTypeId", line.ticketTypeId())
                .update() == 1;
    }

    @Override
    public List<Standing> standingsOf(UUID userId, UUID eventId) {
        // The position counts who joined the same line earlier and still waits: it moves up as they are served or leave.
        return jdbc.sql("SELECT " + COLUMNS + """
                        ,
                               (SELECT count(*) FROM waitlist_entry ahead
                                 WHERE ahead.session_id = entry.session_id AND ahead.ticket_type_id = entry.ticket_type_id
                                   AND ahead.seq <= entry.seq) AS position
                          FROM waitlist_entry entry
                         WHERE entry.user_id = :userId AND entry.event_id = :eventId
                         ORDER BY entry.seq
                        """)
                .param("userId", userId)
                .param("eventId", eventId)
                .query((rs, rowNum) -> new Standing(ENTRY.mapRow(rs, rowNum), rs.getInt("position")))
                .list();
    }

    @Override
    public Optional<Duration> offerLifetimeOf(UUID eventId) {
        return jdbc.sql("""
                        SELECT CAST(EXTRACT(EPOCH FROM waitlist_offer_lifetime) * 1000 AS bigint) AS millis
                          FROM published_event
                         WHERE event_id = :eventId AND waitlist_offer_lifetime IS NOT NULL
                        """)
                .param("eventId", eventId)
                .query((rs, rowNum) -> Duration.ofMillis(rs.getLong("millis")))
                .optional();
    }
}
