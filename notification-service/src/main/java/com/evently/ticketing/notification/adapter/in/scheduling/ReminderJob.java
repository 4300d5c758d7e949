package com.evently.ticketing.notification.adapter.in.scheduling;

import com.evently.ticketing.notification.application.SendingReminders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues due session reminders, on every replica (scheduled at a fixed delay by the configuration): the use case
 * lets exactly one run queue each reminder, so replicas may overlap freely.
 */
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final SendingReminders sendingReminders;
    private final Counter queued;

    public ReminderJob(SendingReminders sendingReminders, MeterRegistry meters) {
        this.sendingReminders = sendingReminders;
        this.queued = Counter.builder("notification.reminders.queued")
                .description("Session reminders queued for delivery").register(meters);
    }

    public void queueDueReminders() {
        try {
            int count = sendingReminders.sendDue();
            queued.increment(count);
            if (count > 0) {
                log.info("Queued {} session reminders", count);
            }
        } catch (RuntimeException e) {
            // the database is unreachable, most likely: nothing was recorded, the next run tries again
            log.error("Reminder run stopped early", e);
        }
    }
}
