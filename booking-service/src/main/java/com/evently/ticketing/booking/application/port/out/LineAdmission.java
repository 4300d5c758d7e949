package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.InventoryLineKey;

import java.util.function.Supplier;

/**
 * Bounds how many sales of one inventory line run at once in this process: more would only queue on the line's
 * rows inside the database, each holding a connection. A sale over the bound waits briefly for a turn.
 */
public interface LineAdmission {

    /**
     * Runs {@code sale} once a turn on the line is free.
     *
     * @throws LineBusy when no turn came free within the wait; {@code sale} did not run
     */
    <T> T admit(InventoryLineKey line, Supplier<T> sale);
}
