package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.OfferStatus;
import com.evently.ticketing.booking.domain.WaitlistOffer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.instant;
import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

@Repository
class JdbcWaitlistOffers implements WaitlistOffers {

    private static final String SELECT = """
            SELECT id, user_id, buyer_email, buyer_name, event_id, session_id, ticket_type_id, quantity, status,
                   expires_at, booking_id, created_at
              FROM waitlist_offer
            """;

    private static final RowMapper<WaitlistOffer> OFFER = (rs, rowNum) -> {
        UUID bookingId = rs.getObject("booking_id", UUID.class);
        return new WaitlistOffer(
                rs.getObject("id", UUID.class),
                new Buyer(rs.getObject("user_id", UUID.class), rs.getString("buyer_email"), rs.getString("buyer_name")),
                new InventoryLineKey(rs.getObject("event_id", UUID.class), rs.getObject("session_id", UUID.class),
                        rs.getObject("ticket_type_id", UUID.class)),
                rs.getInt("quantity"),
                OfferStatus.valueOf(rs.getString("status")),
                instant(rs, "expires_at"),
                bookingId == null ? null : new BookingId(bookingId),
                instant(rs, "created_at"));
    };

    private final JdbcClient jdbc;

    JdbcWaitlistOffers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(WaitlistOffer offer) {
        jdbc.sql("""
                        INSERT INTO waitlist_offer (id, user_id, buyer_email, buyer_name, event_id, session_id,
                                                    ticket_type_id, quantity, status, expires_at, booking_id, created_at)
                        VALUES (:id, :userId, :email, :name, :eventId, :sessionId, :ticketTypeId, :quantity, :status,
                                :expiresAt, :bookingId, :createdAt)
                        """)
                .param("id", offer.id())
                .param("userId", offer.buyer().userId())
                .param("email", offer.buyer().email())
                .param("name", offer.buyer().name())
                .param("eventId", offer.line().eventId())
                .param("sessionId", offer.line().sessionId())
                .param("ticketTypeId", offer.line().ticketTypeId())
                .param("quantity", offer.quantity())
                .param("status", offer.status().name())
                .param("expiresAt", utc(offer.expiresAt()))
                .param("bookingId", bookingIdOf(offer), Types.OTHER)
                .param("createdAt", utc(offer.createdAt()))
                .update();
    }

    @Override
    public Optional<WaitlistOffer> find(UUID offerId) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", offerId).query(OFFER).optional();
    }

    @Override
    public Optional<WaitlistOffer> lock(UUID offerId) {
        return jdbc.sql(SELECT + " WHERE id = :id FOR UPDATE").param("id", offerId).query(OFFER).optional();
    }

    @Override
    public Optional<WaitlistOffer> lockIfLapsed(UUID offerId, Instant now) {
        // SKIP LOCKED: whoever holds the offer (an accept, a decline, another replica's expiry) decides its fate;
        // once it commits the offer is no longer OPEN, so there is nothing to wait for.
        return jdbc.sql(SELECT + """
                         WHERE id = :id AND status = 'OPEN' AND expires_at <= :now
                           FOR UPDATE SKIP LOCKED
                        """)
                .param("id", offerId)
                .param("now", utc(now))
                .query(OFFER)
                .optional();
    }

    @Override
    public void update(WaitlistOffer offer) {
        int updated = jdbc.sql("UPDATE waitlist_offer SET status = :status, booking_id = :bookingId WHERE id = :id")
                .param("status", offer.status().name())
                .param("bookingId", bookingIdOf(offer), Types.OTHER)
                .param("id", offer.id())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("waitlist offer vanished while locked: " + offer.id());
        }
    }

    @Override
    public List<WaitlistOffer> lapsed(Instant now, int limit) {
        // Candidates only, read without locks: each is locked (line, then offer) and checked again in a transaction
        // of its own, so a candidate another replica took meanwhile is simply found no longer OPEN.
        return jdbc.sql(SELECT + """
                         WHERE status = 'OPEN' AND expires_at <= :now
                         ORDER BY expires_at
                         LIMIT :limit
                        """)
                .param("now", utc(now))
                .param("limit", limit)
                .query(OFFER)
                .list();
    }

    @Override
    public boolean hasOpen(UUID userId, InventoryLineKey line) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM waitlist_offer
                                        WHERE user_id = :userId AND session_id = :sessionId
                                          AND ticket_type_id = :ticketTypeId AND status = 'OPEN')
                        """)
                .param("userId", userId)
                .param("sessionId", line.sessionId())
                .param("ticketTypeId", line.ticketTypeId())
                .query(Boolean.class)
                .single();
    }

    @Override
    public int openSeatsOf(UUID userId, InventoryLineKey line) {
        return jdbc.sql("""
                        SELECT coalesce(sum(quantity), 0) FROM waitlist_offer
                         WHERE user_id = :userId AND session_id = :sessionId AND ticket_type_id = :ticketTypeId
                           AND status = 'OPEN'
                        """)
                .param("userId", userId)
                .param("sessionId", line.sessionId())
                .param("ticketTypeId", line.ticketTypeId())
                .query(Integer.class)
                .single();
    }

    @Override
    public List<WaitlistOffer> openOf(UUID userId, UUID eventId) {
        return jdbc.sql(SELECT + " WHERE user_id = :userId AND event_id = :eventId AND status = 'OPEN' ORDER BY created_at")
                .param("userId", userId)
                .param("eventId", eventId)
                .query(OFFER)
                .list();
    }

    private static UUID bookingIdOf(WaitlistOffer offer) {
        return offer.bookingId() == null ? null : offer.bookingId().value();
    }
}
