package com.evently.ticketing.notification.config;

import com.evently.ticketing.platform.domain.Transactions;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.notification.application.webhook.NotifyingDisabledWebhook;
import com.evently.ticketing.notification.application.port.out.KnownUsers;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.adapter.in.messaging.WebhookEventsListener;
import com.evently.ticketing.notification.adapter.in.scheduling.WebhookDeliveryJob;
import com.evently.ticketing.notification.adapter.out.persistence.JdbcEventOrganizers;
import com.evently.ticketing.notification.adapter.out.persistence.JdbcWebhookDeliveries;
import com.evently.ticketing.notification.adapter.out.persistence.JdbcWebhookSubscriptions;
import com.evently.ticketing.notification.adapter.out.persistence.SealedWebhookSecrets;
import com.evently.ticketing.notification.adapter.out.webhook.HttpWebhookTransport;
import com.evently.ticketing.notification.adapter.out.webhook.JdkHostResolver;
import com.evently.ticketing.notification.application.port.out.EventOrganizers;
import com.evently.ticketing.notification.application.port.out.HostResolver;
import com.evently.ticketing.notification.application.port.out.WebhookDeliveries;
import com.evently.ticketing.notification.application.port.out.WebhookSubscriptions;
import com.evently.ticketing.notification.application.port.out.WebhookTransport;
import com.evently.ticketing.notification.application.webhook.DeliveringWebhooks;
import com.evently.ticketing.notification.application.webhook.ManagingWebhooks;
import com.evently.ticketing.notification.application.webhook.RecordingWebhookEvents;
import com.evently.ticketing.notification.domain.webhook.WebhookRetryPolicy;
import com.evently.ticketing.notification.domain.webhook.WebhookTargetPolicy;
import com.evently.ticketing.platform.domain.Role;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.retention.RetentionRule;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Partner webhooks: subscriptions, the listener queueing deliveries, and the delivery job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
@EnableScheduling
public class WebhookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);
    static final String SECRET_KEY_VARIABLE = "TICKETING_WEBHOOK_SECRET_KEY";
    static final String PREVIOUS_SECRET_KEYS_VARIABLE = "TICKETING_WEBHOOK_SECRET_PREVIOUS_KEYS";

    @Bean
    WebhookTargetPolicy webhookTargetPolicy(WebhookProperties properties) {
        if (properties.allowInsecureTargets()) {
            log.warn("Webhooks in development mode: http URLs and loopback or private addresses are allowed as "
                    + "targets (ticketing.webhooks.allow-insecure-targets); never run production like this");
        }
        return new WebhookTargetPolicy(properties.allowInsecureTargets());
    }

    /** Organizers (for their own events) and administrators; API clients need the webhooks:manage scope. */
    @Bean
    RoleRestrictedEndpoints webhookManagers() {
        return RoleRestrictedEndpoints.requiringAnyOf(Set.of(Role.ORGANIZER.name(), Role.ADMIN.name()),
                "/api/v1/webhooks", "/api/v1/webhooks/**");
    }

    @Bean
    RetentionRule finishedWebhookDeliveries(WebhookProperties properties) {
        return RetentionRule.of("webhook_delivery", "created_at", properties.delivery().retention())
                .onlyWhere("status IN ('SUCCEEDED', 'FAILED')");
    }

    @Bean
    JdbcWebhookSubscriptions webhookSubscriptions(JdbcClient jdbc, SealedWebhookSecrets secrets) {
        return new JdbcWebhookSubscriptions(jdbc, secrets);
    }

    @Bean
    JdbcWebhookDeliveries webhookDeliveries(JdbcClient jdbc, SealedWebhookSecrets secrets) {
        return new JdbcWebhookDeliveries(jdbc, secrets);
    }

    /**
     * Seals at every start what is not sealed under the current key yet: secrets an earlier version kept in clear,
     * and secrets sealed under a key now among the previous ones. Replicas starting together do not clash (compare and
     * set per row); a secret sealed under a key no longer configured stops the start, naming the variable.
     */
    @Bean
    ApplicationRunner sealStoredWebhookSecrets(JdbcWebhookSubscriptions subscriptions) {
        return arguments -> subscriptions.sealStoredSecrets();
    }

    /**
     * The signing secrets' sealing, a bean of its own type: its FieldSealing is not one, so that the service's other
     * FieldSealing (the message sealing key, for events) cannot be confused with this one. A missing or malformed key
     * stops the start with a message that names the variable.
     */
    @Bean
    SealedWebhookSecrets sealedWebhookSecrets(WebhookProperties properties) {
        WebhookProperties.SecretSealing sealing = properties.secretSealing();
        return new SealedWebhookSecrets(FieldSealing.fromBase64(SECRET_KEY_VARIABLE, PREVIOUS_SECRET_KEYS_VARIABLE,
                sealing.key(), sealing.previousKeys(), "webhook signing secrets are stored sealed with it (keep it "
                        + "as long as the database)"));
    }

    @Bean
    JdbcEventOrganizers eventOrganizers(JdbcClient jdbc) {
        return new JdbcEventOrganizers(jdbc);
    }

    @Bean
    JdkHostResolver hostResolver() {
        return new JdkHostResolver();
    }

    @Bean
    HttpWebhookTransport webhookTransport(WebhookProperties properties, WebhookTargetPolicy targetPolicy,
                                          HostResolver hostResolver) {
        return new HttpWebhookTransport(properties.delivery().connectTimeout(), properties.delivery().requestTimeout(),
                targetPolicy, hostResolver);
    }

    @Bean
    ManagingWebhooks managingWebhooks(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                                      WebhookTargetPolicy targetPolicy, HostResolver hostResolver, Clock clock) {
        return new ManagingWebhooks(subscriptions, deliveries, targetPolicy, hostResolver, clock);
    }

    @Bean
    RecordingWebhookEvents recordingWebhookEvents(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                                                  EventOrganizers eventOrganizers, Clock clock) {
        return new RecordingWebhookEvents(subscriptions, deliveries, eventOrganizers, clock);
    }

    @Bean
    WebhookEventsListener webhookEventsListener(IdempotentConsumer idempotentConsumer,
                                                RecordingWebhookEvents recordingWebhookEvents, JsonMapper json) {
        return new WebhookEventsListener(idempotentConsumer, recordingWebhookEvents, json);
    }

    @Bean
    NotifyingDisabledWebhook notifyingDisabledWebhook(WebhookSubscriptions subscriptions, KnownUsers knownUsers,
                                                      QueueingMail queueingMail,
                                                      NotificationProperties notificationProperties) {
        return new NotifyingDisabledWebhook(subscriptions, knownUsers, queueingMail,
                new WebUi(notificationProperties.web().baseUrl()), notificationProperties.mail().language());
    }

    @Bean
    DeliveringWebhooks deliveringWebhooks(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions,
                                          WebhookTransport transport, NotifyingDisabledWebhook notifyingDisabledWebhook,
                                          Transactions transactions, WebhookProperties properties, Clock clock) {
        WebhookProperties.Delivery delivery = properties.delivery();
        return new DeliveringWebhooks(deliveries, subscriptions, transport,
                new WebhookRetryPolicy(delivery.maxAttempts(), delivery.firstRetryDelay(), delivery.maxRetryDelay(),
                        delivery.retryWindow()),
                notifyingDisabledWebhook, transactions, delivery.claim(), () -> ThreadLocalRandom.current().nextLong(),
                clock);
    }

    @Bean
    WebhookDeliveryJob webhookDeliveryJob(DeliveringWebhooks deliveringWebhooks, WebhookProperties properties,
                                          MeterRegistry meters) {
        return new WebhookDeliveryJob(deliveringWebhooks, properties.delivery().senders(), meters);
    }

    @Bean
    SchedulingConfigurer webhookDeliverySchedule(WebhookDeliveryJob job, WebhookProperties properties) {
        return registrar -> registrar.addFixedDelayTask(new FixedDelayTask(job::deliverDue,
                properties.delivery().pollInterval(), properties.delivery().pollInterval()));
    }
}
