package com.evently.ticketing.event.application.port.out;

import com.evently.ticketing.event.domain.EventAnnouncement;

/**
 * Tells the other services what happened to an event. Must be called inside the transaction that
 * stores the change, so that the change and its announcement commit (or vanish) together.
 */
public interface IntegrationEvents {

    void announce(EventAnnouncement event);
}
