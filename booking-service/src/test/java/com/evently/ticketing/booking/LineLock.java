package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Another transaction holding all of the event's first inventory line, its row and every bucket, as a slow
 * concurrent booking that needed every bucket would.
 */
record LineLock(Connection connection) implements AutoCloseable {

    static LineLock hold(DataSource dataSource, EventPublished event) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        lock(connection, "SELECT capacity FROM inventory_line WHERE session_id = ? AND ticket_type_id = ? FOR UPDATE",
                event);
        lock(connection, "SELECT available FROM inventory_line_bucket WHERE session_id = ? AND ticket_type_id = ?"
                + " ORDER BY bucket FOR UPDATE", event);
        return new LineLock(connection);
    }

    private static void lock(Connection connection, String sql, EventPublished event) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setObject(1, CatalogEvents.firstSession(event));
            lock.setObject(2, CatalogEvents.firstTicketType(event));
            lock.executeQuery().close();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
