package com.evently.ticketing.event;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** booking's AvailabilityChanged reports, consumed through the shared inbox. */
class AvailabilityReportsTest extends EventServiceIntegrationTest {

    @Test
    void redeliveredReportIsRecordedOnce() {
        UUID eventId = UUID.randomUUID();
        UUID ticketTypeId = UUID.randomUUID();
        String payload = report(eventId, ticketTypeId, 10, 3);
        ContractAssertions.assertMatchesSchema(EventTypes.AVAILABILITY_CHANGED, payload);
        String ceId = UUID.randomUUID().toString();

        TestEventBus.publish(EventTypes.AVAILABILITY_CHANGED, eventId.toString(), payload, ceId);
        TestEventBus.publish(EventTypes.AVAILABILITY_CHANGED, eventId.toString(), payload, ceId);

        Eventually.within(Duration.ofSeconds(10), () -> assertThat(available(ticketTypeId)).isEqualTo(3));
        assertThat(jdbc.sql("SELECT count(*) FROM inbox WHERE consumer = 'catalog-availability' AND event_id = :id")
                .param("id", UUID.fromString(ceId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reportBreakingItsContractIsDeadLetteredAndChangesNothing() {
        UUID eventId = UUID.randomUUID();
        UUID ticketTypeId = UUID.randomUUID();
        String broken = report(eventId, ticketTypeId, 10, -1);
        assertThat(ContractAssertions.violations(EventTypes.AVAILABILITY_CHANGED, broken)).isNotEmpty();

        String ceId = TestEventBus.publish(EventTypes.AVAILABILITY_CHANGED, eventId.toString(), broken);

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.BOOKING_EVENTS),
                message -> ceId.equals(message.eventId()), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM availability WHERE ticket_type_id = :id")
                .param("id", ticketTypeId).query(Long.class).single()).isZero();
    }

    private Integer available(UUID ticketTypeId) {
        return jdbc.sql("SELECT available FROM availability WHERE ticket_type_id = :id")
                .param("id", ticketTypeId).query(Integer.class).optional().orElse(null);
    }

    private String report(UUID eventId, UUID ticketTypeId, int capacity, int available) {
        return json.writeValueAsString(Map.of("eventId", eventId, "sessionId", UUID.randomUUID(),
                "ticketTypeId", ticketTypeId, "capacity", capacity, "available", available,
                "observedAt", Instant.now().toString()));
    }
}
