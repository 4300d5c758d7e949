package com.evently.ticketing.booking.application.port.in;

/** Puts a published event on sale: remembers it and opens one inventory line per session and ticket type. */
public interface StockInventory {

    /** Safe to repeat: an event already on sale keeps its lines and the seats sold from them. */
    void stock(StockInventoryCommand command);
}
