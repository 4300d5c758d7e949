package com.evently.ticketing.notification.config;

import com.evently.ticketing.platform.web.ProblemCatalogue;
import com.evently.ticketing.notification.adapter.in.web.NotificationProblem;
import com.evently.ticketing.notification.application.port.out.KnownUsers;
import com.evently.ticketing.notification.application.TrackingUsers;
import com.evently.ticketing.notification.adapter.out.persistence.JdbcKnownUsers;
import com.evently.ticketing.notification.adapter.in.messaging.BookingEventsListener;
import com.evently.ticketing.notification.adapter.in.messaging.CatalogEventsListener;
import com.evently.ticketing.notification.adapter.in.messaging.IdentityEventsListener;
import com.evently.ticketing.notification.adapter.in.messaging.TicketEventsListener;
import com.evently.ticketing.notification.adapter.in.scheduling.WakeUpSignal;
import com.evently.ticketing.notification.adapter.out.mail.SmtpMailTransport;
import com.evently.ticketing.notification.adapter.out.persistence.JdbcHeldBookings;
import com.evently.ticketing.notification.adapter.out.signing.HmacUnsubscribeLinks;
import com.evently.ticketing.notification.adapter.out.persistence.JdbcMailPreferences;
import com.evently.ticketing.notification.adapter.out.persistence.JdbcMailQueue;
import com.evently.ticketing.notification.adapter.out.templates.ThymeleafMailTemplates;
import com.evently.ticketing.notification.application.DeliveringDueMails;
import com.evently.ticketing.notification.application.DeliveryBatch;
import com.evently.ticketing.notification.application.ChangingMailPreferences;
import com.evently.ticketing.notification.application.NotifyingEventChange;
import com.evently.ticketing.notification.application.PlanningReminders;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.application.ResendingMail;
import com.evently.ticketing.notification.application.ViewingDeliveryLog;
import com.evently.ticketing.notification.application.port.out.BookingCalendars;
import com.evently.ticketing.notification.application.port.out.DeliveryLog;
import com.evently.ticketing.notification.application.SendingReminders;
import com.evently.ticketing.notification.application.TrackingBookings;
import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.application.port.out.MailPreferencesStore;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.application.port.out.UnsubscribeLinks;
import com.evently.ticketing.notification.application.port.out.MailTemplates;
import com.evently.ticketing.notification.application.port.out.MailTransport;
import com.evently.ticketing.notification.application.port.out.TicketDocuments;
import com.evently.ticketing.notification.domain.DeliveryRetryPolicy;
import com.evently.ticketing.notification.domain.ReminderSchedule;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.retention.RetentionRule;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.platform.security.MessageSealingConfiguration;
import com.evently.ticketing.platform.security.PublicEndpoints;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Clock;

/** The use cases and the adapters they talk through, wired explicitly. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@Import(MessageSealingConfiguration.class) // opens reset tokens and ticket codes
public class NotificationConfiguration {

    @Bean
    RetentionRule finishedMails(NotificationProperties properties) {
        return RetentionRule.of("outbound_mail", "created_at", properties.delivery().retention())
                .onlyWhere("status IN ('SENT', 'FAILED')");
    }

    @Bean
    RetentionRule pastSessions(NotificationProperties properties) {
        return RetentionRule.of("held_booking", "session_starts_at", properties.delivery().retention());
    }

    @Bean
    RetentionRule sentReminders(NotificationProperties properties) {
        return RetentionRule.of("sent_reminder", "sent_at", properties.delivery().retention());
    }

    @Bean
    JdbcMailQueue mailQueue(JdbcClient jdbc, WakeUpSignal mailQueued) {
        return new JdbcMailQueue(jdbc, mailQueued::signal);
    }

    @Bean
    ThymeleafMailTemplates mailTemplates() {
        return new ThymeleafMailTemplates();
    }

    @Bean
    QueueingMail queueingMail(MailQueue mailQueue, MailTemplates mailTemplates, KnownUsers knownUsers, Clock clock) {
        return new QueueingMail(mailQueue, mailTemplates, knownUsers, clock);
    }

    @Bean
    JdbcKnownUsers knownUsers(JdbcClient jdbc) {
        return new JdbcKnownUsers(jdbc);
    }

    @Bean
    TrackingUsers trackingUsers(KnownUsers knownUsers) {
        return new TrackingUsers(knownUsers);
    }

    @Bean
    ViewingDeliveryLog viewingDeliveryLog(DeliveryLog deliveryLog) {
        return new ViewingDeliveryLog(deliveryLog);
    }

    @Bean
    ResendingMail resendingMail(DeliveryLog deliveryLog, Clock clock) {
        return new ResendingMail(deliveryLog, clock);
    }

    @Bean
    JdbcHeldBookings heldBookings(JdbcClient jdbc) {
        return new JdbcHeldBookings(jdbc);
    }

    @Bean
    TrackingBookings trackingBookings(HeldBookings heldBookings) {
        return new TrackingBookings(heldBookings);
    }

    @Bean
    SendingReminders sendingReminders(HeldBookings heldBookings, MailPreferencesStore mailPreferences,
                                      UnsubscribeLinks unsubscribeLinks, QueueingMail queueingMail,
                                      Transactions transactions, NotificationProperties properties, Clock clock) {
        NotificationProperties.Reminders reminders = properties.reminders();
        return new SendingReminders(heldBookings, mailPreferences, unsubscribeLinks, queueingMail, transactions,
                new ReminderSchedule(reminders.leads()), reminders.batchSize(), properties.mail().language(), clock);
    }

    @Bean
    NotifyingEventChange notifyingEventChange(HeldBookings heldBookings, MailPreferencesStore mailPreferences,
                                              UnsubscribeLinks unsubscribeLinks, QueueingMail queueingMail,
                                              NotificationProperties properties, Clock clock) {
        return new NotifyingEventChange(heldBookings, mailPreferences, unsubscribeLinks, queueingMail,
                properties.mail().language(), clock);
    }

    @Bean
    PlanningReminders planningReminders(HeldBookings heldBookings) {
        return new PlanningReminders(heldBookings);
    }

    @Bean
    CatalogEventsListener catalogEventsListener(IdempotentConsumer idempotentConsumer,
                                                NotifyingEventChange notifyingEventChange,
                                                PlanningReminders planningReminders) {
        return new CatalogEventsListener(idempotentConsumer, notifyingEventChange, planningReminders);
    }

    @Bean
    JdbcMailPreferences mailPreferences(JdbcClient jdbc) {
        return new JdbcMailPreferences(jdbc);
    }

    @Bean
    HmacUnsubscribeLinks unsubscribeLinks(NotificationProperties properties) {
        return HmacUnsubscribeLinks.fromBase64Secret(new WebUi(properties.web().baseUrl()),
                properties.unsubscribe().secret());
    }

    @Bean
    ChangingMailPreferences changingMailPreferences(MailPreferencesStore mailPreferences,
                                                    UnsubscribeLinks unsubscribeLinks) {
        return new ChangingMailPreferences(mailPreferences, unsubscribeLinks);
    }

    /** The signed one-click link works without signing in: mail clients follow it on the user's behalf. */
    @Bean
    PublicEndpoints unsubscribeEndpoint() {
        return PublicEndpoints.of("GET /api/v1/notifications/unsubscribe", "POST /api/v1/notifications/unsubscribe");
    }

    @Bean
    BookingEventsListener bookingEventsListener(IdempotentConsumer idempotentConsumer, QueueingMail queueingMail,
                                                TrackingBookings trackingBookings, NotificationProperties properties) {
        return new BookingEventsListener(idempotentConsumer, queueingMail, trackingBookings,
                new WebUi(properties.web().baseUrl()), properties.mail().language());
    }

    @Bean
    DeliveringDueMails deliveringDueMails(MailQueue mailQueue, TicketDocuments ticketDocuments,
                                          BookingCalendars bookingCalendars, MailTransport mailTransport,
                                          NotificationProperties properties, Clock clock) {
        NotificationProperties.Delivery delivery = properties.delivery();
        return new DeliveringDueMails(mailQueue, ticketDocuments, bookingCalendars, mailTransport,
                new DeliveryRetryPolicy(delivery.maxAttempts(), delivery.firstRetryDelay(), delivery.maxRetryDelay(),
                        delivery.outageRetryDelay()),
                new DeliveryBatch(delivery.batchSize(), delivery.claim()),
                clock);
    }

    @Bean
    SmtpMailTransport mailTransport(JavaMailSenderImpl mailServer, NotificationProperties properties)
            throws AddressException {
        return new SmtpMailTransport(mailServer, new InternetAddress(properties.mail().from(), true));
    }

    @Bean
    TicketEventsListener ticketEventsListener(IdempotentConsumer idempotentConsumer, QueueingMail queueingMail,
                                              FieldSealing sealing, NotificationProperties properties) {
        return new TicketEventsListener(idempotentConsumer, queueingMail, sealing,
                new WebUi(properties.web().baseUrl()), properties.mail().language());
    }

    @Bean
    IdentityEventsListener identityEventsListener(IdempotentConsumer idempotentConsumer, QueueingMail queueingMail,
                                                  TrackingUsers trackingUsers, FieldSealing sealing,
                                                  NotificationProperties properties) {
        return new IdentityEventsListener(idempotentConsumer, queueingMail, trackingUsers, sealing,
                ResetPage.under(properties.web().baseUrl()),
                properties.passwordReset().expiryTimeZone(), new WebUi(properties.web().baseUrl()),
                properties.mail().language());
    }

    /** The problem types this service answers with, listed in its OpenAPI document. */
    @Bean
    ProblemCatalogue problemCatalogue() {
        return ProblemCatalogue.of(NotificationProblem.class);
    }
}
