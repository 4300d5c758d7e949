package com.evently.ticketing.analytics.adapter.out.persistence;

import com.evently.ticketing.analytics.application.port.out.Projection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The event-fed tables: everything but the audit log (kept as it came), saved reports and the inbox. */
@Repository
class JdbcProjection implements Projection {

    private final JdbcClient jdbc;

    JdbcProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void clearForRebuild() {
        // EXCLUSIVE blocks writers but not readers, and DELETE (unlike TRUNCATE) keeps the old rows visible to
        // other transactions until the rebuild commits; one fixed order, like any other multi-table lock here
        jdbc.sql("LOCK TABLE event_stats, event_lines, booking_facts, waitlist_offers, registered_users,"
                + " tickets, check_ins IN EXCLUSIVE MODE").update();
        jdbc.sql("DELETE FROM event_lines").update();
        jdbc.sql("DELETE FROM booking_facts").update();
        jdbc.sql("DELETE FROM waitlist_offers").update();
        jdbc.sql("DELETE FROM registered_users").update();
        jdbc.sql("DELETE FROM tickets").update();
        jdbc.sql("DELETE FROM check_ins").update();
        jdbc.sql("DELETE FROM event_stats").update();
    }
}
