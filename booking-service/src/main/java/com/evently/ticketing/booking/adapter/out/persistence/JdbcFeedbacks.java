package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.Feedbacks;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.booking.domain.FeedbackSummary;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.instant;
import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

@Repository
class JdbcFeedbacks implements Feedbacks {

    private final JdbcClient jdbc;

    JdbcFeedbacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfAbsent(Feedback feedback) {
        // The primary key (booking_id, user_id) is what makes feedback single per holder: a concurrent second
        // attempt waits for the first to commit, then inserts nothing.
        return jdbc.sql("""
                        INSERT INTO booking_feedback (booking_id, event_id, session_id, ticket_type_id, user_id,
                                                      rating, comment, given_at)
                        VALUES (:bookingId, :eventId, :sessionId, :ticketTypeId, :userId, :rating, :comment, :givenAt)
                        ON CONFLICT (booking_id, user_id) DO NOTHING
                        """)
                .param("bookingId", feedback.bookingId().value())
                .param("eventId", feedback.line().eventId())
                .param("sessionId", feedback.line().sessionId())
                .param("ticketTypeId", feedback.line().ticketTypeId())
                .param("userId", feedback.userId())
                .param("rating", feedback.rating())
                .param("comment", feedback.comment())
                .param("givenAt", utc(feedback.givenAt()))
                .update() == 1;
    }

    @Override
    public FeedbackSummary summaryOf(UUID eventId) {
        return jdbc.sql("""
                        SELECT count(*) AS count, avg(rating) AS average,
                               count(*) FILTER (WHERE rating = 1) AS ones,
                               count(*) FILTER (WHERE rating = 2) AS twos,
                               count(*) FILTER (WHERE rating = 3) AS threes,
                               count(*) FILTER (WHERE rating = 4) AS fours,
                               count(*) FILTER (WHERE rating = 5) AS fives
                          FROM booking_feedback WHERE event_id = :eventId
                        """)
                .param("eventId", eventId)
                .query((rs, rowNum) -> {
                    BigDecimal average = rs.getBigDecimal("average");
                    return new FeedbackSummary(rs.getLong("count"),
                            average == null ? null : average.doubleValue(),
                            List.of(rs.getLong("ones"), rs.getLong("twos"), rs.getLong("threes"), rs.getLong("fours"),
                                    rs.getLong("fives")));
                })
                .single();
    }

    @Override
    public CommentPage commentsOf(UUID eventId, long offset, int limit) {
        long total = jdbc.sql("SELECT count(*) FROM booking_feedback WHERE event_id = :eventId AND comment IS NOT NULL")
                .param("eventId", eventId)
                .query(Long.class).single();
        List<Feedback> page = jdbc.sql("""
                        SELECT booking_id, event_id, session_id, ticket_type_id, user_id, rating, comment, given_at
                          FROM booking_feedback
                         WHERE event_id = :eventId AND comment IS NOT NULL
                         ORDER BY given_at DESC, booking_id
                         LIMIT :limit OFFSET :offset
                        """)
                .param("eventId", eventId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, rowNum) -> new Feedback(
                        new BookingId(rs.getObject("booking_id", UUID.class)),
                        new InventoryLineKey(rs.getObject("event_id", UUID.class), rs.getObject("session_id", UUID.class),
                                rs.getObject("ticket_type_id", UUID.class)),
                        rs.getObject("user_id", UUID.class),
                        rs.getInt("rating"),
                        rs.getString("comment"),
                        instant(rs, "given_at")))
                .list();
        return new CommentPage(page, total);
    }
}
