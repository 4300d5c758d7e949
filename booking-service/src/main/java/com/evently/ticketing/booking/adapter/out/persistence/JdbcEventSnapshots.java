package com.evently.ticketing.booking.adapter.out.persistence;

import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.domain.CancellationCutoff;
import com.evently.ticketing.booking.domain.EventRevision;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.Price;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.instant;
import static com.evently.ticketing.booking.adapter.out.persistence.SqlTime.utc;

/**
 * Every insert here is ON CONFLICT DO NOTHING: the first snapshot of an event, session or ticket type stays,
 * and a re-publication can only add sessions or ticket types that were not known yet. Only EventUpdated changes
 * a stored event, and only its descriptive columns and its booking terms ({@code cancellation_cutoff_minutes},
 * {@code waitlist_offer_lifetime}; NULL: booking's default).
 */
@Repository
class JdbcEventSnapshots implements EventSnapshots {

    private final JdbcClient jdbc;

    JdbcEventSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addIfAbsent(EventSnapshot event) {
        jdbc.sql("""
                        INSERT INTO published_event (event_id, organizer_id, title, venue, time_zone, published_at,
                                                     cancellation_cutoff_minutes, waitlist_offer_lifetime)
                        VALUES (:eventId, :organizerId, :title, :venue, :timeZone, :publishedAt,
                                :cutoffMinutes, CAST(:lifetimeMillis AS bigint) * interval '1 millisecond')
                        ON CONFLICT (event_id) DO NOTHING
                        """)
                .param("eventId", event.eventId())
                .param("organizerId", event.organizerId())
                .param("title", event.title())
                .param("venue", event.venue())
                .param("timeZone", event.timeZone())
                .param("publishedAt", utc(event.publishedAt()))
                .param("cutoffMinutes", minutesOf(event.cancellationCutoff()), Types.INTEGER)
                .param("lifetimeMillis", millisOf(event.waitlistOfferLifetime()), Types.BIGINT)
                .update();
        addStructure(event);
    }

    @Override
    public void addStructure(EventSnapshot event) {
        // Positions follow the snapshot's order; rows already stored keep theirs (DO NOTHING), so an added session or
        // ticket type, which comes last in the snapshot, is also shown last.
        List<EventSnapshot.Session> sessions = event.sessions();
        for (int position = 0; position < sessions.size(); position++) {
            EventSnapshot.Session session = sessions.get(position);
            jdbc.sql("""
                            INSERT INTO event_session (session_id, event_id, position, name, starts_at, ends_at)
                            VALUES (:sessionId, :eventId, :position, :name, :startsAt, :endsAt)
                            ON CONFLICT (session_id) DO NOTHING
                            """)
                    .param("sessionId", session.id())
                    .param("eventId", event.eventId())
                    .param("position", position)
                    .param("name", session.name())
                    .param("startsAt", utc(session.startsAt()))
                    .param("endsAt", utc(session.endsAt()))
                    .update();
        }
        List<EventSnapshot.TicketType> ticketTypes = event.ticketTypes();
        for (int position = 0; position < ticketTypes.size(); position++) {
            EventSnapshot.TicketType type = ticketTypes.get(position);
            jdbc.sql("""
                            INSERT INTO event_ticket_type
                                   (ticket_type_id, event_id, position, name, price_amount, price_currency, capacity)
                            VALUES (:ticketTypeId, :eventId, :position, :name, :amount, :currency, :capacity)
                            ON CONFLICT (ticket_type_id) DO NOTHING
                            """)
                    .param("ticketTypeId", type.id())
                    .param("eventId", event.eventId())
                    .param("position", position)
                    .param("name", type.name())
                    .param("amount", type.price().amount())
                    .param("currency", type.price().currency())
                    .param("capacity", type.capacity())
                    .update();
        }
    }

    @Override
    public void reviseIfNewer(EventRevision revision) {
        // catalog_version is NULL for the EventPublished snapshot (it carries no version), so any revision beats it.
        // "Newer only" because updates can arrive out of order although the topic is ordered per event: an update
        // that failed into the dead-letter topic and is replayed after a later one got through must not roll back
        // the later title. An event booking never received matches no row, and the revision is ignored.
        jdbc.sql("""
                        UPDATE published_event
                           SET title = :title, venue = :venue, time_zone = :timeZone, catalog_version = :version,
                               cancellation_cutoff_minutes = :cutoffMinutes,
                               waitlist_offer_lifetime = CAST(:lifetimeMillis AS bigint) * interval '1 millisecond'
                         WHERE event_id = :eventId
                           AND (catalog_version IS NULL OR catalog_version < :version)
                        """)
                .param("eventId", revision.eventId())
                .param("title", revision.title())
                .param("venue", revision.venue())
                .param("timeZone", revision.timeZone())
                .param("version", revision.catalogVersion())
                .param("cutoffMinutes", minutesOf(revision.cancellationCutoff()), Types.INTEGER)
                .param("lifetimeMillis", millisOf(revision.waitlistOfferLifetime()), Types.BIGINT)
                .update();
    }

    @Override
    public Optional<EventSnapshot> find(UUID eventId) {
        List<EventSnapshot.Session> sessions = jdbc.sql("""
                        SELECT session_id, name, starts_at, ends_at FROM event_session
                         WHERE event_id = :eventId ORDER BY position
                        """)
                .param("eventId", eventId)
                .query((rs, rowNum) -> new EventSnapshot.Session(rs.getObject("session_id", UUID.class),
                        rs.getString("name"), instant(rs, "starts_at"), instant(rs, "ends_at")))
                .list();
        List<EventSnapshot.TicketType> ticketTypes = jdbc.sql("""
                        SELECT ticket_type_id, name, price_amount, price_currency, capacity FROM event_ticket_type
                         WHERE event_id = :eventId ORDER BY position
                        """)
                .param("eventId", eventId)
                .query((rs, rowNum) -> new EventSnapshot.TicketType(rs.getObject("ticket_type_id", UUID.class),
                        rs.getString("name"), new Price(rs.getBigDecimal("price_amount"), rs.getString("price_currency")),
                        rs.getInt("capacity")))
                .list();
        return jdbc.sql("""
                        SELECT event_id, organizer_id, title, venue, time_zone, published_at, cancellation_cutoff_minutes,
                               CAST(EXTRACT(EPOCH FROM waitlist_offer_lifetime) * 1000 AS bigint) AS offer_lifetime_millis
                          FROM published_event
                         WHERE event_id = :eventId
                        """)
                .param("eventId", eventId)
                .query((rs, rowNum) -> new EventSnapshot(rs.getObject("event_id", UUID.class),
                        rs.getObject("organizer_id", UUID.class), rs.getString("title"), rs.getString("venue"),
                        rs.getString("time_zone"), sessions, ticketTypes, instant(rs, "published_at"),
                        cutoffOf(rs.getObject("cancellation_cutoff_minutes", Integer.class)),
                        Optional.ofNullable(rs.getObject("offer_lifetime_millis", Long.class)).map(Duration::ofMillis)
                                .orElse(null)))
                .optional();
    }

    @Override
    public CancellationCutoff cancellationCutoffOf(UUID eventId) {
        return jdbc.sql("SELECT cancellation_cutoff_minutes FROM published_event WHERE event_id = :eventId")
                .param("eventId", eventId)
                .query((rs, rowNum) -> rs.getObject("cancellation_cutoff_minutes", Integer.class))
                .list().stream()
                .filter(Objects::nonNull)
                .findFirst()
                .map(JdbcEventSnapshots::cutoffOf)
                .orElse(CancellationCutoff.AT_SESSION_START);
    }

    private static CancellationCutoff cutoffOf(Integer minutes) {
        return minutes == null ? null : new CancellationCutoff(Duration.ofMinutes(minutes));
    }

    /**
     * The column keeps whole minutes. The catalog sends whole minutes; anything finer is rounded up, so that
     * cancellation closes no later than the organizer asked.
     */
    private static Integer minutesOf(CancellationCutoff cutoff) {
        if (cutoff == null) {
            return null;
        }
        Duration before = cutoff.beforeSessionStart();
        long minutes = before.toMinutes() + (before.equals(Duration.ofMinutes(before.toMinutes())) ? 0 : 1);
        return Math.toIntExact(minutes);
    }

    private static Long millisOf(Duration lifetime) {
        return lifetime == null ? null : lifetime.toMillis();
    }
}
