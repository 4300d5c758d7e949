package com.evently.ticketing.identity.adapter.in.startup;

import com.evently.ticketing.identity.application.AdministratorBootstrapOutcome;
import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.identity.application.EnsuringSigningKey;
import com.evently.ticketing.identity.domain.EmailAddress;
import com.evently.ticketing.identity.domain.Password;
import com.evently.ticketing.identity.domain.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import java.util.Objects;
import java.util.Optional;

/**
 * What must be true before the first request is served: a signing key is active and, when configured, the
 * bootstrap administrator exists. Runs once every bean (Liquibase included) is ready and before the web
 * server opens its port; a failure stops the start.
 */
public class IdentityStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentityStartup.class);

    private final EnsuringSigningKey ensuringSigningKey;
    private final BootstrappingAdministrator bootstrappingAdministrator;
    private final Optional<AdministratorCredentials> administrator;

    public IdentityStartup(EnsuringSigningKey ensuringSigningKey, BootstrappingAdministrator bootstrappingAdministrator,
                           Optional<AdministratorCredentials> administrator) {
        this.ensuringSigningKey = ensuringSigningKey;
        this.bootstrappingAdministrator = bootstrappingAdministrator;
        this.administrator = administrator;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SigningKey key = ensuringSigningKey.ensureActiveKey();
        log.info("Access tokens are signed with key {}", key.keyId());
        administrator.ifPresent(credentials -> {
            AdministratorBootstrapOutcome outcome =
                    bootstrappingAdministrator.ensureAdministrator(credentials.email(), credentials.password());
            if (outcome == AdministratorBootstrapOutcome.PASSWORD_MISMATCH) {
                log.warn("Bootstrap administrator {}: an account has this address but not the configured password; "
                        + "it was not made an administrator", credentials.email().value());
            } else {
                log.info("Bootstrap administrator {}: {}", credentials.email().value(), outcome);
            }
        });
    }

    /** The account to ensure; its password creates it, or proves that an existing account is the one meant. */
    public record AdministratorCredentials(EmailAddress email, Password password) {

        public AdministratorCredentials {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
        }
    }
}
