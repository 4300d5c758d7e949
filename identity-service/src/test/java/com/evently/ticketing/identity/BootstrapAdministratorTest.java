package com.evently.ticketing.identity;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.identity.application.AdministratorBootstrapOutcome;
import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
@TestPropertySource(properties = {
        "ticketing.identity.bootstrap-admin.email=" + BootstrapAdministratorTest.ADMIN_EMAIL,
        "ticketing.identity.bootstrap-admin.password=" + BootstrapAdministratorTest.ADMIN_PASSWORD})
class BootstrapAdministratorTest extends IdentityIntegrationTest {

    static final String ADMIN_EMAIL = "Root@Example.COM";
    static final String ADMIN_PASSWORD = "bootstrap-secret-42";

    @Autowired
    Environment environment;

    @Autowired
    BootstrappingAdministrator bootstrapAdministrator;

    @Test
    void createsTheConfiguredAdministratorAtStartUp() throws Exception {
        Account admin = new Account(ADMIN_EMAIL.toLowerCase(), ADMIN_PASSWORD, "Administrator");

        SignedJWT token = SignedJWT.parse(identity().accessTokenOf(admin));

        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactlyInAnyOrder("USER", "ADMIN");
        String payload = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregate_id = :id AND event_type = :type")
                .param("id", token.getJWTClaimsSet().getSubject())
                .param("type", EventTypes.USER_REGISTERED)
                .query(String.class)
                .single();
        ContractAssertions.assertMatchesSchema(EventTypes.USER_REGISTERED, payload);
    }

    @Test
    void aSecondStartKeepsOneAdministratorAndTheSigningKey() {
        String keyBefore = activeKeyId();

        try (ConfigurableApplicationContext secondReplica = AnotherInstance.start(environment)) {
            assertThat(secondReplica.isActive()).isTrue();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = lower(:email)")
                .param("email", ADMIN_EMAIL).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT r.role FROM user_roles r JOIN users u ON u.id = r.user_id
                        WHERE lower(u.email) = lower(:email) ORDER BY r.role""")
                .param("email", ADMIN_EMAIL).query(String.class).list()).containsExactly("ADMIN", "USER");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM outbox o JOIN users u ON o.aggregate_id = u.id::text
                        WHERE lower(u.email) = lower(:email) AND o.event_type = :type""")
                .param("email", ADMIN_EMAIL).param("type", EventTypes.USER_REGISTERED)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM signing_keys").query(Long.class).single()).isEqualTo(1);
        assertThat(activeKeyId()).isEqualTo(keyBefore);
    }

    @Test
    void neverPromotesAnAccountWhosePasswordIsNotTheConfiguredOne() {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        String userId = identity.registered(account);

        AdministratorBootstrapOutcome outcome = bootstrapAdministrator.ensureAdministrator(
                new EmailAddress(account.email()), new Password("a different password"));

        assertThat(outcome).isNotIn(AdministratorBootstrapOutcome.CREATED, AdministratorBootstrapOutcome.PROMOTED);
        assertThat(SignedTokens.rolesOf(identity.accessTokenOf(account))).containsExactly("USER");
        assertThat(new Outbox(jdbc, json).payloads(EventTypes.USER_ROLE_CHANGED, userId)).isEmpty();
    }

    @Test
    void grantsAdministrationToAnAccountHoldingTheConfiguredPasswordOnce() throws Exception {
        Account account = Account.fresh();
        IdentityClient identity = identity();
        identity.register(account);

        AdministratorBootstrapOutcome first = bootstrapAdministrator.ensureAdministrator(
                new EmailAddress(account.email()), new Password(account.password()));
        AdministratorBootstrapOutcome second = bootstrapAdministrator.ensureAdministrator(
                new EmailAddress(account.email()), new Password(account.password()));

        assertThat(first).isEqualTo(AdministratorBootstrapOutcome.PROMOTED);
        assertThat(second).isEqualTo(AdministratorBootstrapOutcome.UNCHANGED);
        SignedJWT token = SignedJWT.parse(identity.accessTokenOf(account));
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactlyInAnyOrder("USER", "ADMIN");
        List<String> roleChanges = new Outbox(jdbc, json).payloads(EventTypes.USER_ROLE_CHANGED,
                token.getJWTClaimsSet().getSubject());
        assertThat(roleChanges).as("one announcement for the one promotion").singleElement()
                .satisfies(payload -> ContractAssertions.assertMatchesSchema(EventTypes.USER_ROLE_CHANGED, payload));
    }

    @Test
    void createsNoAccountForAnotherAddressWhileAnAdministratorExists() {
        String otherAddress = Account.fresh().email();

        AdministratorBootstrapOutcome outcome = bootstrapAdministrator.ensureAdministrator(
                new EmailAddress(otherAddress), new Password("bootstrap-secret-43"));

        assertThat(outcome).isNotEqualTo(AdministratorBootstrapOutcome.CREATED);
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = :email").param("email", otherAddress)
                .query(Long.class).single()).isZero();
    }

    private String activeKeyId() {
        return jdbc.sql("SELECT kid FROM signing_keys WHERE active").query(String.class).single();
    }
}
