package com.evently.ticketing.notification.config;

import com.evently.ticketing.notification.adapter.in.scheduling.MailDeliveryJob;
import com.evently.ticketing.notification.adapter.in.scheduling.ReminderJob;
import com.evently.ticketing.notification.adapter.in.scheduling.WakeUpSignal;
import com.evently.ticketing.notification.adapter.in.scheduling.WakeablePoll;
import com.evently.ticketing.notification.application.DeliveringDueMails;
import com.evently.ticketing.notification.application.SendingReminders;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the delivery job and the reminder job on every replica: the delivery as soon as a mail was queued and
 * committed, and at the latest {@link NotificationProperties.Delivery#pollInterval()} after its last run; the
 * reminders at {@link NotificationProperties.Reminders#pollInterval()}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class MailDeliveryConfiguration {

    @Bean
    MailDeliveryJob mailDeliveryJob(DeliveringDueMails deliveringDueMails, NotificationProperties properties,
                                    MeterRegistry meters) {
        return new MailDeliveryJob(deliveringDueMails, properties.delivery().senders(), meters);
    }

    /** Given by the mail queue once the transaction that queued or reopened a mail has committed. */
    @Bean
    WakeUpSignal mailQueued() {
        return new WakeUpSignal();
    }

    @Bean
    WakeablePoll mailDelivery(MailDeliveryJob job, WakeUpSignal mailQueued, NotificationProperties properties) {
        return new WakeablePoll("mail-delivery", job::deliverDueMails, mailQueued, properties.delivery().pollInterval());
    }

    @Bean
    ReminderJob reminderJob(SendingReminders sendingReminders, MeterRegistry meters) {
        return new ReminderJob(sendingReminders, meters);
    }

    @Bean
    SchedulingConfigurer reminderSchedule(ReminderJob job, NotificationProperties properties) {
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(job::queueDueReminders,
                properties.reminders().pollInterval(), properties.reminders().pollInterval()));
    }

    /** Read at scrape time; a growing value means mails are arriving faster than they go out. */
    @Bean
    MeterBinder pendingMailsGauge(MailQueue mailQueue) {
        return meters -> Gauge.builder("notification.mails.pending", mailQueue, MailQueue::countPending)
                .description("Mails neither sent nor given up on")
                .register(meters);
    }
}
