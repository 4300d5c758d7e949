package com.evently.ticketing.notification;

import com.evently.ticketing.notification.application.DeliveringDueMails;
import com.evently.ticketing.notification.testing.TicketServiceStandIn;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One running notification-service for every integration test class, against real infrastructure: events on the
 * real Kafka broker, the mail queue in real PostgreSQL, GreenMail's real SMTP server and a stand-in ticket-service
 * over HTTP. The servers start once per JVM and the classes share one application context: a second context
 * would consume the same events into a database of its own and mail them a second time ({@link MailWakeUpTest} has
 * one, with its Kafka listeners stopped).
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        // queued mails wake the delivery at once; the poll serves the retries, which come due within a second here
        "ticketing.notification.delivery.poll-interval=200ms",
        "ticketing.notification.delivery.batch-size=5",
        "ticketing.notification.delivery.max-attempts=3",
        "ticketing.notification.delivery.first-retry-delay=200ms",
        "ticketing.notification.delivery.max-retry-delay=1s",
        "ticketing.notification.delivery.outage-retry-delay=300ms",
        // the reminder job keeps running beside the tests' own runs: they race like two replicas
        "ticketing.notification.reminders.poll-interval=300ms",
        "resilience4j.retry.instances.ticket-service.wait-duration=50ms",
        // one test keeps ticket-service down on purpose: its breaker must not open on the other tests' mails
        "resilience4j.circuitbreaker.instances.ticket-service.sliding-window-size=1000",
        "resilience4j.circuitbreaker.instances.ticket-service.minimum-number-of-calls=1000",
        "management.endpoint.health.show-components=always"})
abstract class NotificationServiceIntegrationTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static final GreenMail smtp = startSmtp();
    static final TicketServiceStandIn ticketService = TicketServiceStandIn.start();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ticketService.close();
            smtp.stop();
        }, "notification-test-servers"));
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    /** Runs a delivery at once, besides the scheduled job, so a test need not wait for it. */
    @Autowired
    DeliveringDueMails deliverDueMails;

    @DynamicPropertySource
    static void useStandIns(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("ticketing.notification.ticket-service.base-url", ticketService::baseUrl);
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    /** Serialized the way the publishing service's outbox does it, and checked against the published contract. */
    String payloadOf(String eventType, Object payload) {
        String serialized = json.writeValueAsString(payload);
        ContractAssertions.assertMatchesSchema(eventType, serialized);
        return serialized;
    }

    static MimeMessage awaitOneMailTo(String address) {
        await().atMost(PATIENCE).until(() -> mailsTo(address).size() >= 1);
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    static List<MimeMessage> mailsTo(String address) {
        return List.of(smtp.getReceivedMessagesForDomain(address));
    }

    /** Whether the mail consumers took the event in (the webhook consumer keeps no inbox rows). */
    boolean inboxHolds(String eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :id")
                .param("id", UUID.fromString(eventId)).query(Long.class).single() == 1;
    }

    static List<Part> leafParts(Part part) throws Exception {
        if (!part.isMimeType("multipart/*")) {
            return List.of(part);
        }
        Multipart multipart = (Multipart) part.getContent();
        List<Part> leaves = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            leaves.addAll(leafParts(multipart.getBodyPart(i)));
        }
        return leaves;
    }

    static Part single(List<Part> parts, String mimeType) throws Exception {
        List<Part> matching = new ArrayList<>();
        for (Part part : parts) {
            if (part.isMimeType(mimeType)) {
                matching.add(part);
            }
        }
        assertThat(matching).as("parts of type %s", mimeType).hasSize(1);
        return matching.get(0);
    }
}
