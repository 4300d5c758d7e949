package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Another transaction holding the event's first inventory line, as a slow concurrent booking would. */
record LineLock(Connection connection) implements AutoCloseable {

    static LineLock hold(DataSource dataSource, EventPublished event) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT available FROM inventory_line WHERE session_id = ? AND ticket_type_id = ? FOR UPDATE")) {
            lock.setObject(1, CatalogEvents.firstSession(event));
            lock.setObject(2, CatalogEvents.firstTicketType(event));
            lock.executeQuery().close();
        }
        return new LineLock(connection);
    }

    @Override
    public void close() throws SQLException {
        connection.rollback();
        connection.close();
    }
}
