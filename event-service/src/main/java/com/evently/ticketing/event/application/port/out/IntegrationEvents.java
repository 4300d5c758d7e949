package com.evently.ticketing.event.application.port.out;

import com.evently.ticketing.event.domain.CatalogEvent;

/**
 * Tells the other services what happened in the catalog. Must be called inside the transaction that
 * stores the change, so that the change and its announcement commit (or vanish) together.
 */
public interface IntegrationEvents {

    void announce(CatalogEvent event);
}
