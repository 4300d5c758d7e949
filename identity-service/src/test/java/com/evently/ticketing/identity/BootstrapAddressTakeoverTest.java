package com.evently.ticketing.identity;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bootstrap administrator's address changes hands: the administrator moves to another address, someone
 * else registers the old one, and the service restarts with the old settings. Its own context: it renames
 * the administrator.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {
        "ticketing.identity.bootstrap-admin.email=" + BootstrapAddressTakeoverTest.BOOTSTRAP_EMAIL,
        "ticketing.identity.bootstrap-admin.password=" + BootstrapAddressTakeoverTest.BOOTSTRAP_PASSWORD})
class BootstrapAddressTakeoverTest extends IdentityIntegrationTest {

    static final String BOOTSTRAP_EMAIL = "founder@example.com";
    static final String BOOTSTRAP_PASSWORD = "founder-secret-42";

    @Autowired
    Environment environment;

    @Test
    void whoeverRegistersTheFormerAdministratorsAddressDoesNotBecomeAdministratorAtTheNextStart() {
        IdentityClient identity = identity();
        String adminToken = identity.accessTokenOf(new Account(BOOTSTRAP_EMAIL, BOOTSTRAP_PASSWORD, "Administrator"));
        client.patch().uri("/api/v1/users/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "founder-moved@example.com"))
                .exchange()
                .expectStatus().isOk();
        Account squatter = new Account(BOOTSTRAP_EMAIL, "squatters own password", "Squatter");
        String squatterId = identity.registered(squatter);

        try (ConfigurableApplicationContext restarted = AnotherInstance.start(environment)) {
            assertThat(restarted.isActive()).isTrue();
        }

        assertThat(jdbc.sql("SELECT role FROM user_roles WHERE user_id = CAST(:id AS uuid)").param("id", squatterId)
                .query(String.class).list()).containsExactly("USER");
        assertThat(SignedTokens.rolesOf(identity.accessTokenOf(squatter))).containsExactly("USER");
    }
}
