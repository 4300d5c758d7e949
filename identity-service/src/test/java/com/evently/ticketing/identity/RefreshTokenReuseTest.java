package com.evently.ticketing.identity;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.testsupport.ContractAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static com.evently.ticketing.identity.TokenRefreshTest.refreshed;
import static com.evently.ticketing.identity.TokenRefreshTest.refusedAsInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** A used refresh token coming back after the grace period (30 s by default) for retries and parallel tabs. */
@AdjustableClockContext
class RefreshTokenReuseTest extends IdentityIntegrationTest {

    private static final Duration AFTER_THE_GRACE_PERIOD = Duration.ofSeconds(31);

    @Autowired
    AdjustableClock clock;

    @Test
    void reuseOfARotatedTokenRevokesTheWholeFamilyIncludingItsNewestToken() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        String stolen = identity.refreshTokenOf(account);
        String second = refreshed(identity, stolen);
        String newest = refreshed(identity, second);
        String otherDevice = identity.refreshTokenOf(account);
        clock.advance(AFTER_THE_GRACE_PERIOD);

        refusedAsInvalid(identity, stolen);

        refusedAsInvalid(identity, newest);
        refusedAsInvalid(identity, second);
        assertThat(refreshed(identity, otherDevice)).as("another login's family is untouched").isNotBlank();
        List<JsonNode> reuse = new Outbox(jdbc, json).auditEntries(userId, "REFRESH_TOKEN_REUSE_DETECTED");
        assertThat(reuse).isNotEmpty().first().satisfies(entry -> {
            assertThat(entry.get("outcome").asString()).isEqualTo("FAILURE");
            assertThat(entry.get("subjectUserId").asString()).isEqualTo(userId);
            ContractAssertions.assertMatchesSchema(EventTypes.SECURITY_EVENT_RECORDED, entry.toString());
        });
    }

    @Test
    void aTokenRetriedWithinTheGracePeriodStillRevokesTheFamilyWhenReusedAfterIt() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        String first = identity.refreshTokenOf(account);
        String successor = refreshed(identity, first);
        assertThat(refreshed(identity, first)).isEqualTo(successor);
        clock.advance(AFTER_THE_GRACE_PERIOD);

        refusedAsInvalid(identity, first);

        refusedAsInvalid(identity, successor);
    }

    @Test
    void aGraceRetryDoesNotReviveALoggedOutSession() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        String first = identity.refreshTokenOf(account);
        String successor = refreshed(identity, first);

        identity.logOut(successor);

        refusedAsInvalid(identity, first);
    }
}
