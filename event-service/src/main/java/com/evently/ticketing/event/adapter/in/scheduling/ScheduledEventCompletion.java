package com.evently.ticketing.event.adapter.in.scheduling;

import com.evently.ticketing.event.application.CompletingEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs the completion of ended events on the schedule; a failed run is logged and the next one tries again. */
@Component
public class ScheduledEventCompletion implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledEventCompletion.class);

    private final CompletingEvents completingEvents;

    ScheduledEventCompletion(CompletingEvents completingEvents) {
        this.completingEvents = completingEvents;
    }

    @Override
    public void run() {
        try {
            int completed = completingEvents.completeEnded();
            if (completed > 0) {
                log.info("Completed {} events whose last session ended", completed);
            }
        } catch (RuntimeException e) {
            log.warn("Completing ended events failed; the next run tries again", e);
        }
    }
}
