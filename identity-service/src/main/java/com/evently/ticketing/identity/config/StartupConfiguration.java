package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.in.startup.IdentityStartup;
import com.evently.ticketing.identity.application.port.in.BootstrapAdministrator;
import com.evently.ticketing.identity.application.port.in.EnsureSigningKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StartupConfiguration {

    @Bean
    IdentityStartup identityStartup(EnsureSigningKey ensureSigningKey, BootstrapAdministrator bootstrapAdministrator,
                                    IdentityProperties properties) {
        return new IdentityStartup(ensureSigningKey, bootstrapAdministrator, properties.bootstrapAdmin().credentials());
    }
}
