package com.evently.ticketing.notification.config;

import com.evently.ticketing.notification.adapter.in.messaging.IdentityEventsListener;
import com.evently.ticketing.notification.adapter.in.messaging.TicketEventsListener;
import com.evently.ticketing.notification.adapter.out.mail.SmtpMailTransport;
import com.evently.ticketing.notification.adapter.out.persistence.JdbcMailQueue;
import com.evently.ticketing.notification.application.DeliveringDueMails;
import com.evently.ticketing.notification.application.DeliveryBatch;
import com.evently.ticketing.notification.application.QueueingBookingConfirmation;
import com.evently.ticketing.notification.application.QueueingPasswordResetMail;
import com.evently.ticketing.notification.application.port.out.MailQueue;
import com.evently.ticketing.notification.application.port.out.MailTransport;
import com.evently.ticketing.notification.application.port.out.TicketDocuments;
import com.evently.ticketing.notification.domain.DeliveryRetryPolicy;
import com.evently.ticketing.notification.domain.ResetPage;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.retention.RetentionRule;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/** The use cases and the adapters they talk through, wired explicitly. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

    @Bean
    RetentionRule finishedMails(NotificationProperties properties) {
        return RetentionRule.of("outbound_mail", "created_at", properties.delivery().retention())
                .onlyWhere("status IN ('SENT', 'FAILED')");
    }

    @Bean
    JdbcMailQueue mailQueue(JdbcClient jdbc) {
        return new JdbcMailQueue(jdbc);
    }

    @Bean
    QueueingBookingConfirmation queueingBookingConfirmation(MailQueue mailQueue, Clock clock) {
        return new QueueingBookingConfirmation(mailQueue, clock);
    }

    @Bean
    QueueingPasswordResetMail queueingPasswordResetMail(MailQueue mailQueue, NotificationProperties properties,
                                                        Clock clock) {
        return new QueueingPasswordResetMail(mailQueue, ResetPage.under(properties.web().baseUrl()),
                properties.passwordReset().expiryTimeZone(), clock);
    }

    @Bean
    DeliveringDueMails deliveringDueMails(MailQueue mailQueue, TicketDocuments ticketDocuments,
                                          MailTransport mailTransport, NotificationProperties properties,
                                          Clock clock) {
        NotificationProperties.Delivery delivery = properties.delivery();
        return new DeliveringDueMails(mailQueue, ticketDocuments, mailTransport,
                new DeliveryRetryPolicy(delivery.maxAttempts(), delivery.firstRetryDelay(), delivery.maxRetryDelay()),
                new DeliveryBatch(delivery.batchSize(), delivery.claim()),
                clock);
    }

    @Bean
    SmtpMailTransport mailTransport(JavaMailSender mailSender, NotificationProperties properties) throws AddressException {
        return new SmtpMailTransport(mailSender, new InternetAddress(properties.mail().from(), true));
    }

    @Bean
    TicketEventsListener ticketEventsListener(IdempotentConsumer idempotentConsumer,
                                              QueueingBookingConfirmation queueingBookingConfirmation) {
        return new TicketEventsListener(idempotentConsumer, queueingBookingConfirmation);
    }

    @Bean
    IdentityEventsListener identityEventsListener(IdempotentConsumer idempotentConsumer,
                                                  QueueingPasswordResetMail queueingPasswordResetMail) {
        return new IdentityEventsListener(idempotentConsumer, queueingPasswordResetMail);
    }
}
