package com.evently.ticketing.identity.config;

import com.evently.ticketing.identity.adapter.in.startup.IdentityStartup;
import com.evently.ticketing.identity.application.BootstrappingAdministrator;
import com.evently.ticketing.identity.application.EnsuringSigningKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StartupConfiguration {

    @Bean
    IdentityStartup identityStartup(EnsuringSigningKey ensuringSigningKey,
                                    BootstrappingAdministrator bootstrappingAdministrator,
                                    IdentityProperties properties) {
        return new IdentityStartup(ensuringSigningKey, bootstrappingAdministrator,
                properties.bootstrapAdmin().credentials());
    }
}
