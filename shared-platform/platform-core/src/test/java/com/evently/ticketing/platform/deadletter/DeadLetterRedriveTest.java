package com.evently.ticketing.platform.deadletter;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin's way out of the dead-letter topic, over HTTP against the real broker: records are republished to
 * their topic with their event id, so the consumer that failed processes them and the ones that had already
 * processed them recognise them in their inbox. This is the only platform test using {@code ticket.events.v1}.
 */
@ServiceIntegrationTest
class DeadLetterRedriveTest {

    private static final String TOPIC = Topics.TICKET_EVENTS;
    private static final String REDRIVE = "/api/v1/admin/dead-letters/{topic}/redrive";

    @Autowired
    ScriptedListeners listeners;
    @Autowired
    RestTestClient http;

    @Test
    void redriveRepublishesDeadLettersOnceSoTheFailedConsumerProcessesThemAndOthersIgnoreThem() {
        String key = UUID.randomUUID().toString();
        AtomicBoolean fixed = new AtomicBoolean(false);
        listeners.script(key, () -> {
            if (!fixed.get()) {
                throw new MalformedEventException("this consumer cannot read it until its next release", null);
            }
        });
        String eventId = TestEventBus.publish(EventTypes.TICKETS_ISSUED, key, "{\"text\":\"issued\"}");
        List<TestEventBus.Message> deadLettered = TestEventBus.await(Topics.deadLetterOf(TOPIC),
                message -> key.equals(message.key()), 1, Duration.ofSeconds(20));
        assertThat(deadLettered).hasSize(1);
        assertThat(deadLettered.getFirst().eventId()).isEqualTo(eventId);
        await().atMost(Duration.ofSeconds(20)).until(() -> listeners.storedBy(ScriptedListeners.STEADY, eventId) == 1);
        await().atMost(Duration.ofSeconds(40)).until(() -> backlogShown() >= 1);

        fixed.set(true);
        http.post().uri(REDRIVE, TOPIC).header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.topic").isEqualTo(TOPIC)
                .jsonPath("$.deadLetterTopic").isEqualTo(Topics.deadLetterOf(TOPIC))
                .jsonPath("$.republished").isEqualTo(1)
                .jsonPath("$.remaining").isEqualTo(0);

        await().atMost(Duration.ofSeconds(20)).until(() -> listeners.storedBy(ScriptedListeners.SCRIPTED, eventId) == 1);
        List<TestEventBus.Message> onTopic = TestEventBus.await(TOPIC, message -> key.equals(message.key()), 3,
                Duration.ofSeconds(3));
        assertThat(onTopic).as("the original and its republished copy, same event id")
                .hasSize(2).extracting(TestEventBus.Message::eventId).containsOnly(eventId);
        assertThat(listeners.storedBy(ScriptedListeners.STEADY, eventId)).as("absorbed by the inbox").isEqualTo(1);
        assertThat(listeners.storedBy(ScriptedListeners.SCRIPTED, eventId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(40)).until(() -> backlogShown() == 0);

        http.post().uri(REDRIVE, TOPIC).header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.republished").isEqualTo(0);
    }

    @Test
    void onlyAnAdminMayRedrive() {
        http.post().uri(REDRIVE, TOPIC).exchange().expectStatus().isUnauthorized();
        http.post().uri(REDRIVE, TOPIC).header(HttpHeaders.AUTHORIZATION, TestUser.organizer().bearer()).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnknownTopicAnswers404() {
        for (String unknown : List.of("no.such.topic", Topics.deadLetterOf(TOPIC), "__consumer_offsets")) {
            http.post().uri(REDRIVE, unknown).header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    /** The dead-letter backlog of the topic as Prometheus scrapes it. */
    private double backlogShown() {
        String metrics = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String series = "ticketing_dead_letters_pending{";
        return metrics == null ? -1 : metrics.lines()
                .filter(line -> line.startsWith(series) && line.contains("topic=\"" + TOPIC + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
