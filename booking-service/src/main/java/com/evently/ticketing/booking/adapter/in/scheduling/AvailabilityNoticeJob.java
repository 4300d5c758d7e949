package com.evently.ticketing.booking.adapter.in.scheduling;

import com.evently.ticketing.booking.application.PublishingAvailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the availability notices on every replica (scheduled at a fixed delay by the configuration): replicas claim
 * disjoint lines, so they share the work instead of duplicating it. The delay between runs is the debounce window.
 */
public class AvailabilityNoticeJob {

    private static final Logger log = LoggerFactory.getLogger(AvailabilityNoticeJob.class);

    private final PublishingAvailability publishingAvailability;

    public AvailabilityNoticeJob(PublishingAvailability publishingAvailability) {
        this.publishingAvailability = publishingAvailability;
    }

    /** One scheduled run: announces batches until one comes back short, i.e. nothing more changed. */
    public void announceChanges() {
        try {
            int announced;
            do {
                announced = publishingAvailability.publishChanges();
                log.debug("Announced the availability of {} inventory line(s)", announced);
            } while (announced == publishingAvailability.batchSize());
        } catch (RuntimeException e) {
            // The next run compares again from what was recorded: nothing is lost, so this run just gives up.
            log.warn("Announcing availability failed; the next run tries again: {}", e.toString());
        }
    }
}
