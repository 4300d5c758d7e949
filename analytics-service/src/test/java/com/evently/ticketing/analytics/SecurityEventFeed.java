package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.identity.SecurityEventRecorded;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

/**
 * Plays identity-service's audit trail: publishes SecurityEventRecorded to the test broker, keyed by the account
 * like its outbox does, after checking each payload against the contract.
 */
final class SecurityEventFeed {

    private final JsonMapper json;

    SecurityEventFeed(JsonMapper json) {
        this.json = json;
    }

    static SecurityEventRecorded event(String action, String outcome, UUID actorId, UUID subjectUserId, String email,
                                       Instant occurredAt) {
        return new SecurityEventRecorded(action, outcome, actorId, subjectUserId, email, "203.0.113.7",
                action.toLowerCase().replace('_', ' '), occurredAt);
    }

    /** Publishes as a new integration event and returns its {@code ce_id}. */
    String publish(SecurityEventRecorded event) {
        return TestEventBus.publish(EventTypes.SECURITY_EVENT_RECORDED, keyOf(event), payload(event));
    }

    /** Publishes with a chosen {@code ce_id}: the same id twice is a redelivery. */
    void publish(SecurityEventRecorded event, String eventId) {
        TestEventBus.publish(EventTypes.SECURITY_EVENT_RECORDED, keyOf(event), payload(event), eventId);
    }

    private static String keyOf(SecurityEventRecorded event) {
        UUID account = event.subjectUserId() != null ? event.subjectUserId() : event.actorId();
        return account == null ? String.valueOf(event.email()) : account.toString();
    }

    private String payload(SecurityEventRecorded event) {
        String payload = json.writeValueAsString(event);
        ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED, payload);
        return payload;
    }
}
