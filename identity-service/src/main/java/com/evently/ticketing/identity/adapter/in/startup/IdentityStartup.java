package com.evently.ticketing.identity.adapter.in.startup;

import com.evently.ticketing.identity.application.port.in.BootstrapAdministrator;
import com.evently.ticketing.identity.application.port.in.EnsureSigningKey;
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

    private final EnsureSigningKey ensureSigningKey;
    private final BootstrapAdministrator bootstrapAdministrator;
    private final Optional<AdministratorCredentials> administrator;

    public IdentityStartup(EnsureSigningKey ensureSigningKey, BootstrapAdministrator bootstrapAdministrator,
                           Optional<AdministratorCredentials> administrator) {
        this.ensureSigningKey = ensureSigningKey;
        this.bootstrapAdministrator = bootstrapAdministrator;
        this.administrator = administrator;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SigningKey key = ensureSigningKey.ensureActiveKey();
        log.info("Access tokens are signed with key {}", key.keyId());
        administrator.ifPresent(credentials -> {
            BootstrapAdministrator.Outcome outcome =
                    bootstrapAdministrator.ensureAdministrator(credentials.email(), credentials.password());
            if (outcome == BootstrapAdministrator.Outcome.PASSWORD_MISMATCH) {
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
