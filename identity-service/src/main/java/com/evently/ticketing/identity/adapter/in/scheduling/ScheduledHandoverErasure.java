package com.evently.ticketing.identity.adapter.in.scheduling;

import com.evently.ticketing.identity.application.ErasingEndedHandovers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps sealed successors no longer than their grace period needs, give or take the schedule's interval. */
public class ScheduledHandoverErasure implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledHandoverErasure.class);

    private final ErasingEndedHandovers erasing;

    public ScheduledHandoverErasure(ErasingEndedHandovers erasing) {
        this.erasing = erasing;
    }

    @Override
    public void run() {
        try {
            int erased = erasing.erase();
            log.debug("Erased {} sealed successors past their grace period", erased);
        } catch (RuntimeException e) {
            log.warn("Erasing sealed successors past their grace period failed; the next run retries", e);
        }
    }
}
