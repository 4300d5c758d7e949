package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.identity.SecurityEventRecorded;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which address ticket-service holds for an account when identity's announcements arrive out of order. */
@ServiceIntegrationTest
class AccountAnnouncementsTest extends TicketServiceFixture {

    private final UUID userId = UUID.randomUUID();
    private final String oldAddress = "dana-" + userId + "@example.com";
    private final String newAddress = "dana.new-" + userId + "@example.com";
    private final Instant registeredAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    private final Instant changedAt = registeredAt.plus(30, ChronoUnit.MINUTES);

    @Test
    void aRegistrationRedrivenAfterTheAddressChangeKeepsTheNewAddress() {
        awaitConsumed(addressChanged(newAddress, changedAt));
        awaitConsumed(registered(oldAddress, registeredAt));

        assertThat(knownAddress()).isEqualTo(newAddress);
    }

    @Test
    void aNewerAddressChangeReplacesTheRegisteredAddress() {
        awaitConsumed(registered(oldAddress, registeredAt));
        awaitConsumed(addressChanged(newAddress, changedAt));

        assertThat(knownAddress()).isEqualTo(newAddress);
    }

    private String registered(String email, Instant at) {
        TestUser dana = new TestUser(userId, email, "Dana Ito", List.of("USER"));
        return TestEventBus.publish(EventTypes.USER_REGISTERED, userId.toString(), json.writeValueAsString(
                new UserRegistered(dana.id(), dana.email(), dana.name(), dana.roles(), at)));
    }

    private String addressChanged(String email, Instant at) {
        return TestEventBus.publish(EventTypes.SECURITY_EVENT_RECORDED, userId.toString(), json.writeValueAsString(
                new SecurityEventRecorded("EMAIL_CHANGED", SecurityEventRecorded.SUCCESS, userId, userId, email,
                        "127.0.0.1", null, at)));
    }

    private String knownAddress() {
        return jdbc.sql("SELECT email FROM known_account WHERE user_id = :userId")
                .param("userId", userId)
                .query(String.class)
                .single();
    }
}
