package com.evently.ticketing.event.adapter.out.persistence;

import com.evently.ticketing.event.domain.EventListing;
import com.evently.ticketing.event.domain.EventSearchQuery;
import com.evently.ticketing.event.domain.EventStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHERE clause of a catalog search over {@code events e}: only the conditions a query asks for, each with a
 * named parameter (never the caller's text in the SQL), so the same text serves the count and the page.
 *
 * @param textQuery the tsquery expression of the search text, for ranking; null without text
 */
record EventFilter(String sql, Map<String, Object> parameters, String textQuery) {

    /** Letters and digits: what a search word is made of. Anything else separates words and is never tsquery syntax. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 8;

    static EventFilter of(EventSearchQuery query, EventListing listing) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add("e.status IN (:statuses)");
        parameters.put("statuses", listing.statuses().stream().map(EventStatus::name).toList());
        if (listing.organizerId() != null) {
            conditions.add("e.organizer_id = :listingOrganizer");
            parameters.put("listingOrganizer", listing.organizerId());
        }
        if (listing.draftsOf() != null) {
            conditions.add("(e.status <> 'DRAFT' OR e.organizer_id = :draftsOf)");
            parameters.put("draftsOf", listing.draftsOf());
        }
        String textQuery = textQuery(query.text(), parameters);
        if (textQuery != null) {
            // the GIN index on search_vector answers this
            conditions.add("e.search_vector @@ " + textQuery);
        }
        sessionWindow(query, conditions, parameters);
        ticketTypes(query, listing, conditions, parameters);
        if (query.venue() != null) {
            conditions.add("e.venue ILIKE :venue ESCAPE '\\'");
            parameters.put("venue", "%" + escapeLike(query.venue()) + "%");
        }
        if (query.organizerId() != null) {
            conditions.add("e.organizer_id = :organizer");
            parameters.put("organizer", query.organizerId());
        }
        return new EventFilter(String.join(" AND ", conditions), parameters, textQuery);
    }

    /**
     * Every word must match, as a prefix (type-ahead) of a stemmed word or of a whole word, accents ignored: the
     * stem alone would miss "conferenc" (its stem "conferenc" is no prefix of "confer"), the whole word alone
     * would miss "concerts" for "concert's".
     */
    private static String textQuery(String text, Map<String, Object> parameters) {
        if (text == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find() && words.size() < MAX_WORDS) {
            words.add(word.group());
        }
        if (words.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parameters.put("word" + i, words.get(i) + ":*");
            terms.add("(to_tsquery('catalog_search', :word" + i + ") || to_tsquery('catalog_words', :word" + i + "))");
        }
        return "(" + String.join(" && ", terms) + ")";
    }

    /** One session must start inside the whole window; separate EXISTS would accept one session before, one after. */
    private static void sessionWindow(EventSearchQuery query, List<String> conditions, Map<String, Object> parameters) {
        List<String> window = new ArrayList<>();
        if (query.startsFrom() != null) {
            window.add("s.starts_at >= :startsFrom");
            parameters.put("startsFrom", query.startsFrom().atOffset(ZoneOffset.UTC));
        }
        if (query.startsBefore() != null) {
            window.add("s.starts_at < :startsBefore");
            parameters.put("startsBefore", query.startsBefore().atOffset(ZoneOffset.UTC));
        }
        // a day is the event's own: 20:00 in Lisbon on the 1st is the 1st, wherever the searcher is
        if (query.firstDay() != null) {
            window.add("(s.starts_at AT TIME ZONE e.time_zone)::date >= :firstDay");
            parameters.put("firstDay", query.firstDay());
        }
        if (query.lastDay() != null) {
            window.add("(s.starts_at AT TIME ZONE e.time_zone)::date <= :lastDay");
            parameters.put("lastDay", query.lastDay());
        }
        if (!window.isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM sessions s WHERE s.event_id = e.id AND "
                    + String.join(" AND ", window) + ")");
        }
    }

    /**
     * One ticket type must meet every ticket criterion at once (a cheap ticket and a VIP ticket are not a cheap
     * VIP ticket), and with {@code onlyAvailable} have seats left in a session not yet over: booking's latest
     * report, or the whole capacity while booking has reported nothing of that line. It must still be on sale:
     * booking keeps reporting a retired type's unsold seats, which nobody can buy.
     */
    private static void ticketTypes(EventSearchQuery query, EventListing listing, List<String> conditions,
                                    Map<String, Object> parameters) {
        List<String> ticket = new ArrayList<>();
        if (query.ticketType() != null) {
            ticket.add("lower(t.name) = lower(:ticketType)");
            parameters.put("ticketType", query.ticketType());
        }
        if (query.price() != null) {
            ticket.add("t.price_currency = :currency");
            parameters.put("currency", query.price().currency().getCurrencyCode());
            if (query.price().min() != null) {
                ticket.add("t.price_amount >= :minPrice");
                parameters.put("minPrice", query.price().min());
            }
            if (query.price().max() != null) {
                ticket.add("t.price_amount <= :maxPrice");
                parameters.put("maxPrice", query.price().max());
            }
        }
        if (query.onlyAvailable()) {
            ticket.add("""
                    EXISTS (SELECT 1 FROM sessions s
                              LEFT JOIN availability a ON a.session_id = s.id AND a.ticket_type_id = t.id
                             WHERE s.event_id = e.id AND s.ends_at > :now
                               AND coalesce(a.available, t.capacity) > 0)""");
            parameters.put("now", listing.now().atOffset(ZoneOffset.UTC));
        }
        if (!ticket.isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM ticket_types t WHERE t.event_id = e.id AND t.retired_at IS NULL AND "
                    + String.join(" AND ", ticket) + ")");
        }
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.params(parameters);
    }

    /** The caller's text is matched literally: % and _ are not wildcards to them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
