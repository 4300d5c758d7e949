package com.evently.ticketing.platform.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Imported by the services that seal or open secret fields of integration events (identity, ticket, notification);
 * neither an auto-configuration nor a component-scanned {@code @Configuration}, so that the other services never
 * need the key: a service {@code @Import}s it. A missing or malformed key stops the
 * start with a message that names the variable and never repeats the value.
 */
@EnableConfigurationProperties(MessageSealingProperties.class)
public class MessageSealingConfiguration {

    public static final String KEY_VARIABLE = "TICKETING_MESSAGE_SEALING_KEY";
    public static final String PREVIOUS_KEYS_VARIABLE = "TICKETING_MESSAGE_SEALING_PREVIOUS_KEYS";

    @Bean
    FieldSealing fieldSealing(MessageSealingProperties properties) {
        return FieldSealing.fromBase64(KEY_VARIABLE, PREVIOUS_KEYS_VARIABLE, properties.key(),
                properties.previousKeys(), "secret fields of integration events (reset tokens, ticket codes) are sealed and opened with it");
    }
}
