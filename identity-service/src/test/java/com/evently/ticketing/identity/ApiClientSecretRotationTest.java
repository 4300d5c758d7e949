package com.evently.ticketing.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The default overlap: a rotated-out secret keeps working for 24 hours, then stops. */
@AdjustableClockContext
class ApiClientSecretRotationTest extends IdentityIntegrationTest {

    @Autowired
    AdjustableClock clock;

    @Test
    void previousSecretWorksUntilTheOverlapEndsAndTheNewOneAfterwards() {
        IdentityClient identity = identity();
        ApiClientCalls apiClients = new ApiClientCalls(client, jdbc);
        Account organizer = Account.fresh();
        apiClients.organizer(identity, organizer);
        String organizerToken = identity.accessTokenOf(organizer);
        Map<String, Object> registered = apiClients.registered(organizerToken, "CRM", "events:read");
        Object clientId = registered.get("clientId");
        Object oldSecret = registered.get("clientSecret");

        Instant rotatedFrom = clock.instant();
        Map<String, Object> rotated = apiClients.rotate(organizerToken, clientId).expectStatus().isOk()
                .expectBody(IdentityClient.JSON_OBJECT).returnResult().getResponseBody();
        Object newSecret = rotated.get("clientSecret");

        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(Instant.parse((String) rotated.get("previousSecretValidUntil")))
                .isBetween(rotatedFrom.plus(Duration.ofHours(24)), clock.instant().plus(Duration.ofHours(24)));
        grant(apiClients, clientId, oldSecret).expectStatus().isOk();
        grant(apiClients, clientId, newSecret).expectStatus().isOk();

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        grant(apiClients, clientId, oldSecret).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_client");
        grant(apiClients, clientId, newSecret).expectStatus().isOk();
    }

    private static RestTestClient.ResponseSpec grant(
            ApiClientCalls apiClients, Object clientId, Object secret) {
        return apiClients.tokenWithBasic(clientId, secret, "grant_type=client_credentials");
    }
}
