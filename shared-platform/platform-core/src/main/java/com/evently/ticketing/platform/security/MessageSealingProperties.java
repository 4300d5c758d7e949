package com.evently.ticketing.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The message sealing key of the services that seal or open secret fields of integration events ({@link
 * FieldSealing}); no default: a service that imports {@link MessageSealingConfiguration} does not start without it.
 *
 * @param key          base64 of 32 random bytes ({@code TICKETING_MESSAGE_SEALING_KEY}), the same in every service
 *                     and replica that seals or opens
 * @param previousKeys retired keys ({@code TICKETING_MESSAGE_SEALING_PREVIOUS_KEYS}, comma-separated) kept until
 *                     nothing sealed under them is still unread
 */
@ConfigurationProperties("ticketing.message-sealing")
public record MessageSealingProperties(String key, List<String> previousKeys) {

    @Override
    public String toString() {
        return "MessageSealingProperties[key=" + (key == null || key.isBlank() ? "unset" : "hidden")
                + ", previousKeys=" + (previousKeys == null ? 0 : previousKeys.size()) + " hidden]";
    }
}
