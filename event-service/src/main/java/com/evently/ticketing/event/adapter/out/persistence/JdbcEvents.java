package com.evently.ticketing.event.adapter.out.persistence;

import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.application.port.out.Events;
import com.evently.ticketing.event.domain.BookingTerms;
import com.evently.ticketing.event.domain.Cancellation;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventDetails;
import com.evently.ticketing.event.domain.EventListing;
import com.evently.ticketing.event.domain.EventOrder;
import com.evently.ticketing.event.domain.EventSearchQuery;
import com.evently.ticketing.event.domain.EventSearchResult;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.event.domain.Money;
import com.evently.ticketing.event.domain.ReminderLeads;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Events, sessions and ticket types in the {@code catalog} schema, read and written with plain SQL. */
@Repository
class JdbcEvents implements Events {

    private static final String EVENT_COLUMNS = """
            e.id, e.organizer_id, e.title, e.description, e.venue, e.time_zone, e.status, e.version,
            e.created_at, e.updated_at, e.published_at, e.cancelled_at, e.cancellation_reason, e.reminder_lead_seconds,
            e.cancellation_cutoff_minutes, e.waitlist_offer_lifetime_seconds""";

    private final JdbcClient jdbc;

    JdbcEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Event event) {
        EventDetails details = event.details();
        jdbc.sql("""
                        INSERT INTO events (id, organizer_id, title, description, venue, time_zone, status, version,
                                            created_at, updated_at, published_at, cancelled_at, cancellation_reason,
                                            reminder_lead_seconds, cancellation_cutoff_minutes,
                                            waitlist_offer_lifetime_seconds, first_starts_at)
                        VALUES (:id, :organizerId, :title, :description, :venue, :timeZone, :status, :version,
                                :createdAt, :updatedAt, :publishedAt, :cancelledAt, :cancellationReason,
                                CAST(:reminderLeads AS bigint[]), :cancellationCutoffMinutes,
                                :waitlistOfferLifetimeSeconds, :firstStartsAt)""")
                .param("id", event.id())
                .param("organizerId", event.organizerId())
                .param("title", details.title())
                .param("description", details.description())
                .param("venue", details.venue())
                .param("timeZone", details.timeZone().getId())
                .param("status", event.status().name())
                .param("version", event.version())
                .param("createdAt", utc(event.createdAt()))
                .param("updatedAt", utc(event.updatedAt()))
                .param("publishedAt", event.publishedAt().map(JdbcEvents::utc).orElse(null))
                .param("cancelledAt", event.cancellation().map(Cancellation::cancelledAt).map(JdbcEvents::utc).orElse(null))
                .param("cancellationReason", event.cancellation().map(Cancellation::reason).orElse(null))
                .param("reminderLeads", reminderLeadSeconds(details.reminderLeads()), Types.VARCHAR)
                .param("cancellationCutoffMinutes", cancellationCutoffMinutes(details.bookingTerms()), Types.INTEGER)
                .param("waitlistOfferLifetimeSeconds", waitlistOfferLifetimeSeconds(details.bookingTerms()), Types.INTEGER)
                .param("firstStartsAt", utc(event.firstSessionStart()))
                .update();
        insertSessionsAndTicketTypes(event);
    }

    private void insertSessionsAndTicketTypes(Event event) {
        List<Session> sessions = event.sessions();
        IntStream.range(0, sessions.size()).forEach(position -> insertSession(event.id(), position, sessions.get(position)));
        List<TicketType> ticketTypes = event.ticketTypes();
        IntStream.range(0, ticketTypes.size())
                .forEach(position -> insertTicketType(event.id(), position, ticketTypes.get(position)));
    }

    private void insertSession(UUID eventId, int position, Session session) {
        jdbc.sql("""
                        INSERT INTO sessions (id, event_id, position, name, starts_at, ends_at)
                        VALUES (:id, :eventId, :position, :name, :startsAt, :endsAt)""")
                .param("id", session.id())
                .param("eventId", eventId)
                .param("position", position)
                .param("name", session.name())
                .param("startsAt", utc(session.startsAt()))
                .param("endsAt", utc(session.endsAt()))
                .update();
    }

    private void insertTicketType(UUID eventId, int position, TicketType ticketType) {
        jdbc.sql("""
                        INSERT INTO ticket_types (id, event_id, position, name, price_amount, price_currency, capacity,
                                                  max_seats_per_user)
                        VALUES (:id, :eventId, :position, :name, :amount, :currency, :capacity, :maxSeatsPerUser)""")
                .param("id", ticketType.id())
                .param("eventId", eventId)
                .param("position", position)
                .param("name", ticketType.name())
                .param("amount", ticketType.price().amount())
                .param("currency", ticketType.price().currency().getCurrencyCode())
                .param("capacity", ticketType.capacity())
                .param("maxSeatsPerUser", ticketType.maxSeatsPerUser(), Types.INTEGER)
                .update();
    }

    @Override
    public Optional<Event> findById(UUID eventId) {
        return jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = :id")
                .param("id", eventId)
                .query(JdbcEvents::eventRow)
                .optional()
                .map(row -> assemble(List.of(row)).getFirst());
    }

    @Override
    public void update(Event event, long versionRead) {
        EventDetails details = event.details();
        // compare-and-set on version: a writer that read an older version changes nothing and is told so
        int updated = jdbc.sql("""
                        UPDATE events
                           SET title = :title, description = :description, venue = :venue, time_zone = :timeZone,
                               status = :status, version = :version, updated_at = :updatedAt,
                               published_at = :publishedAt, cancelled_at = :cancelledAt,
                               cancellation_reason = :cancellationReason,
                               reminder_lead_seconds = CAST(:reminderLeads AS bigint[]),
                               cancellation_cutoff_minutes = :cancellationCutoffMinutes,
                               waitlist_offer_lifetime_seconds = :waitlistOfferLifetimeSeconds,
                               first_starts_at = :firstStartsAt
                         WHERE id = :id AND version = :versionRead""")
                .param("id", event.id())
                .param("versionRead", versionRead)
                .param("title", details.title())
                .param("description", details.description())
                .param("venue", details.venue())
                .param("timeZone", details.timeZone().getId())
                .param("status", event.status().name())
                .param("version", event.version())
                .param("updatedAt", utc(event.updatedAt()))
                .param("publishedAt", event.publishedAt().map(JdbcEvents::utc).orElse(null))
                .param("cancelledAt", event.cancellation().map(Cancellation::cancelledAt).map(JdbcEvents::utc).orElse(null))
                .param("cancellationReason", event.cancellation().map(Cancellation::reason).orElse(null))
                .param("reminderLeads", reminderLeadSeconds(details.reminderLeads()), Types.VARCHAR)
                .param("cancellationCutoffMinutes", cancellationCutoffMinutes(details.bookingTerms()), Types.INTEGER)
                .param("waitlistOfferLifetimeSeconds", waitlistOfferLifetimeSeconds(details.bookingTerms()), Types.INTEGER)
                .param("firstStartsAt", utc(event.firstSessionStart()))
                .update();
        if (updated == 0) {
            throw new EventChangeConflict(event.id());
        }
    }

    @Override
    public void replace(Event event, long versionRead) {
        // the event row first: its version check fails a concurrent writer before it touches any child row
        update(event, versionRead);
        jdbc.sql("DELETE FROM sessions WHERE event_id = :id").param("id", event.id()).update();
        jdbc.sql("DELETE FROM ticket_types WHERE event_id = :id").param("id", event.id()).update();
        insertSessionsAndTicketTypes(event);
    }

    @Override
    public void addStructure(Event event, long versionRead) {
        update(event, versionRead);
        Set<UUID> storedSessions = Set.copyOf(jdbc.sql("SELECT id FROM sessions WHERE event_id = :id")
                .param("id", event.id()).query(UUID.class).list());
        Set<UUID> storedTicketTypes = Set.copyOf(jdbc.sql("SELECT id FROM ticket_types WHERE event_id = :id")
                .param("id", event.id()).query(UUID.class).list());
        List<Session> sessions = event.sessions();
        IntStream.range(0, sessions.size()).filter(position -> !storedSessions.contains(sessions.get(position).id()))
                .forEach(position -> insertSession(event.id(), position, sessions.get(position)));
        List<TicketType> ticketTypes = event.ticketTypes();
        IntStream.range(0, ticketTypes.size())
                .filter(position -> !storedTicketTypes.contains(ticketTypes.get(position).id()))
                .forEach(position -> insertTicketType(event.id(), position, ticketTypes.get(position)));
    }

    @Override
    public void updateTicketType(Event event, UUID ticketTypeId, long versionRead) {
        // the event row first: its version check fails a concurrent writer before the ticket type is touched
        update(event, versionRead);
        TicketType type = event.ticketTypes().stream().filter(candidate -> candidate.id().equals(ticketTypeId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no ticket type " + ticketTypeId));
        jdbc.sql("""
                        UPDATE ticket_types SET capacity = :capacity, retired_at = :retiredAt
                         WHERE id = :id AND event_id = :eventId""")
                .param("capacity", type.capacity())
                .param("retiredAt", type.retiredAt() == null ? null : utc(type.retiredAt()))
                .param("id", ticketTypeId)
                .param("eventId", event.id())
                .update();
    }

    @Override
    public void remove(UUID eventId, long versionRead) {
        // compare-and-delete on version; sessions and ticket types go with the event (ON DELETE CASCADE)
        int deleted = jdbc.sql("DELETE FROM events WHERE id = :id AND version = :versionRead")
                .param("id", eventId)
                .param("versionRead", versionRead)
                .update();
        if (deleted == 0) {
            throw new EventChangeConflict(eventId);
        }
    }

    @Override
    public EventSearchResult search(EventSearchQuery query, EventListing listing) {
        EventFilter filter = EventFilter.of(query, listing);
        long total = filter.bind(jdbc.sql("SELECT count(*) FROM events e WHERE " + filter.sql()))
                .query(Long.class)
                .single();
        if (total == 0) {
            return new EventSearchResult(List.of(), 0);
        }
        List<EventRow> rows = filter.bind(jdbc.sql("SELECT " + EVENT_COLUMNS + " FROM events e WHERE " + filter.sql()
                        + " ORDER BY " + orderBy(query.order(), filter) + " LIMIT :limit OFFSET :offset"))
                .param("limit", query.size())
                .param("offset", query.offset())
                .query(JdbcEvents::eventRow)
                .list();
        return new EventSearchResult(assemble(rows), total);
    }

    @Override
    public List<Event> lockEndedPublished(Instant now, int limit) {
        // SKIP LOCKED: a second replica running the same job takes other events instead of waiting for these
        List<EventRow> rows = jdbc.sql("SELECT " + EVENT_COLUMNS + """
                         FROM events e
                        WHERE e.status = 'PUBLISHED'
                          AND (SELECT max(s.ends_at) FROM sessions s WHERE s.event_id = e.id) <= :now
                        ORDER BY e.id
                        LIMIT :limit
                          FOR UPDATE OF e SKIP LOCKED""")
                .param("now", utc(now))
                .param("limit", limit)
                .query(JdbcEvents::eventRow)
                .list();
        return rows.isEmpty() ? List.of() : assemble(rows);
    }

    @Override
    public List<Event> scheduledBetween(Instant from, Instant before, UUID organizerId, Set<EventStatus> statuses,
                                        int limit) {
        String byOrganizer = organizerId == null ? "" : " AND e.organizer_id = :organizerId";
        List<EventRow> rows = jdbc.sql("SELECT " + EVENT_COLUMNS + """
                         FROM events e
                        WHERE e.status IN (:statuses)
                          AND EXISTS (SELECT 1 FROM sessions s WHERE s.event_id = e.id
                                         AND s.starts_at >= :from AND s.starts_at < :before)""" + byOrganizer + """

                        ORDER BY e.first_starts_at, e.id
                        LIMIT :limit""")
                .param("statuses", statuses.stream().map(EventStatus::name).toList())
                .param("from", utc(from))
                .param("before", utc(before))
                .param("organizerId", organizerId)
                .param("limit", limit)
                .query(JdbcEvents::eventRow)
                .list();
        return rows.isEmpty() ? List.of() : assemble(rows);
    }

    /** Built only from the fixed keys of {@link EventOrder}, never from request text. */
    private static String orderBy(EventOrder order, EventFilter filter) {
        String direction = order.direction() == EventOrder.Direction.ASCENDING ? "ASC" : "DESC";
        String firstStart = "e.first_starts_at";
        if (order.key() == EventOrder.Key.RELEVANCE && filter.textQuery() != null) {
            // a title match first whatever the rank says (ts_filter keeps the title's weight A), then by rank;
            // equally relevant events soonest first
            return "(ts_filter(e.search_vector, '{a}') @@ " + filter.textQuery() + ") " + direction
                    + ", ts_rank(e.search_vector, " + filter.textQuery() + ") " + direction
                    + ", " + firstStart + " ASC, e.id ASC";
        }
        String key = switch (order.key()) {
            // text without a single word (only punctuation) searches nothing, so there is no relevance to sort by
            case STARTS_AT, RELEVANCE -> firstStart;
            case TITLE -> "lower(e.title)";
        };
        // the id tie-breaker keeps the order total, so consecutive pages neither repeat nor skip an event
        return key + " " + direction + ", e.id " + direction;
    }

    /** Loads sessions and ticket types of all rows with one query each, keeping the rows' order. */
    private List<Event> assemble(List<EventRow> rows) {
        List<UUID> ids = rows.stream().map(EventRow::id).toList();
        Map<UUID, List<Session>> sessions = groupByEvent(jdbc.sql("""
                        SELECT event_id, id, name, starts_at, ends_at FROM sessions
                         WHERE event_id IN (:ids) ORDER BY event_id, position""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(uuid(rs, "event_id"), new Session(uuid(rs, "id"), rs.getString("name"),
                        instant(rs, "starts_at"), instant(rs, "ends_at"))))
                .list());
        Map<UUID, List<TicketType>> ticketTypes = groupByEvent(jdbc.sql("""
                        SELECT event_id, id, name, price_amount, price_currency, capacity, max_seats_per_user,
                               retired_at
                          FROM ticket_types
                         WHERE event_id IN (:ids) ORDER BY event_id, position""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(uuid(rs, "event_id"), new TicketType(uuid(rs, "id"), rs.getString("name"),
                        new Money(rs.getBigDecimal("price_amount"), Currency.getInstance(rs.getString("price_currency"))),
                        rs.getInt("capacity"), rs.getObject("max_seats_per_user", Integer.class),
                        rs.getObject("retired_at") == null ? null : instant(rs, "retired_at"))))
                .list());
        return rows.stream()
                .map(row -> row.toEvent(sessions.getOrDefault(row.id(), List.of()),
                        ticketTypes.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private static <T> Map<UUID, List<T>> groupByEvent(List<Map.Entry<UUID, T>> entries) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        entries.forEach(entry -> grouped.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return grouped;
    }

    private record EventRow(UUID id, UUID organizerId, EventDetails details, EventStatus status, long version,
                            Instant createdAt, Instant updatedAt, Instant publishedAt, Cancellation cancellation) {

        Event toEvent(List<Session> sessions, List<TicketType> ticketTypes) {
            return Event.restore(id, organizerId, details, sessions, ticketTypes, status, version,
                    createdAt, updatedAt, publishedAt, cancellation);
        }
    }

    private static EventRow eventRow(ResultSet rs, int rowNumber) throws SQLException {
        return new EventRow(
                uuid(rs, "id"),
                uuid(rs, "organizer_id"),
                new EventDetails(rs.getString("title"), rs.getString("description"), rs.getString("venue"),
                        ZoneId.of(rs.getString("time_zone")), reminderLeads(rs), bookingTerms(rs)),
                EventStatus.valueOf(rs.getString("status")),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "published_at"),
                cancellation(rs));
    }

    /** As a PostgreSQL array literal of seconds ({@code {86400,7200}}), which the SQL casts; null for the default. */
    private static String reminderLeadSeconds(ReminderLeads reminderLeads) {
        return reminderLeads == null ? null : reminderLeads.leads().stream()
                .map(lead -> Long.toString(lead.toSeconds()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static ReminderLeads reminderLeads(ResultSet rs) throws SQLException {
        Array seconds = rs.getArray("reminder_lead_seconds");
        if (seconds == null) {
            return null;
        }
        return new ReminderLeads(Arrays.stream((Long[]) seconds.getArray()).map(Duration::ofSeconds).toList());
    }

    private static Integer cancellationCutoffMinutes(BookingTerms terms) {
        return terms.cancellationCutoff() == null ? null : Math.toIntExact(terms.cancellationCutoff().toMinutes());
    }

    private static Integer waitlistOfferLifetimeSeconds(BookingTerms terms) {
        return terms.waitlistOfferLifetime() == null ? null : Math.toIntExact(terms.waitlistOfferLifetime().toSeconds());
    }

    private static BookingTerms bookingTerms(ResultSet rs) throws SQLException {
        Integer cutoffMinutes = rs.getObject("cancellation_cutoff_minutes", Integer.class);
        Integer lifetimeSeconds = rs.getObject("waitlist_offer_lifetime_seconds", Integer.class);
        return new BookingTerms(cutoffMinutes == null ? null : Duration.ofMinutes(cutoffMinutes),
                lifetimeSeconds == null ? null : Duration.ofSeconds(lifetimeSeconds));
    }

    private static Cancellation cancellation(ResultSet rs) throws SQLException {
        Instant cancelledAt = instant(rs, "cancelled_at");
        return cancelledAt == null ? null : new Cancellation(rs.getString("cancellation_reason"), cancelledAt);
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
