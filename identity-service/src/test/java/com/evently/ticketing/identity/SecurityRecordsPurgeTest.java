package com.evently.ticketing.identity;

import com.evently.ticketing.identity.application.PurgingStaleSecurityRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.List;

import static com.evently.ticketing.identity.TokenRefreshTest.refreshed;
import static org.assertj.core.api.Assertions.assertThat;

/** What the periodic purge forgets, run here directly rather than waiting for its schedule. */
@AdjustableClockContext
class SecurityRecordsPurgeTest extends IdentityIntegrationTest {

    @Autowired
    AdjustableClock clock;

    @Autowired
    PurgingStaleSecurityRecords purge;

    @Test
    void keepsASealedSuccessorOnlyForTheGracePeriod() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);
        refreshed(identity, identity.refreshTokenOf(account));
        assertThat(sealedSuccessorsOf(userId)).hasSize(1);

        purge.purge();
        assertThat(sealedSuccessorsOf(userId)).as("still within the grace period").hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        purge.purge();

        assertThat(sealedSuccessorsOf(userId)).isEmpty();
    }

    @Test
    void forgetsLoginAddressesUnusedForLongerThanTheRetention() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);
        client.post().uri("/api/v1/auth/login")
                .header("X-Forwarded-For", "10.200.0.1")
                .contentType(MediaType.APPLICATION_JSON)
                .body(account.credentials())
                .exchange()
                .expectStatus().isOk();
        assertThat(knownAddressesOf(account)).containsExactly("10.200.0.1");

        purge.purge();
        assertThat(knownAddressesOf(account)).containsExactly("10.200.0.1");
        jdbc.sql("UPDATE known_login_addresses SET last_login_at = last_login_at - interval '91 days' WHERE account = :account")
                .param("account", account.email()).update();
        purge.purge();

        assertThat(knownAddressesOf(account)).isEmpty();
    }

    private List<String> sealedSuccessorsOf(String userId) {
        return jdbc.sql("SELECT sealed_successor FROM refresh_tokens WHERE user_id = CAST(:id AS uuid) AND sealed_successor IS NOT NULL")
                .param("id", userId).query(String.class).list();
    }

    private List<String> knownAddressesOf(Account account) {
        return jdbc.sql("SELECT client_address FROM known_login_addresses WHERE account = :account")
                .param("account", account.email()).query(String.class).list();
    }
}
