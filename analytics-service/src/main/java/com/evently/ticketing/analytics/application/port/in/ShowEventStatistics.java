package com.evently.ticketing.analytics.application.port.in;

import com.evently.ticketing.analytics.domain.EventStats;
import com.evently.ticketing.platform.domain.Caller;

import java.util.UUID;

/** Sales figures of one event, for an admin or the event's own organizer. */
public interface ShowEventStatistics {

    /**
     * @throws UnknownEventException when the event was never announced to analytics, or when the viewer may
     *         not see it (the answer does not reveal which)
     */
    EventStats showEventStatistics(UUID eventId, Caller viewer);
}
