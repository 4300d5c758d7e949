package com.evently.ticketing.identity;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Another replica of the service, or the same one restarted, on a test's database and broker with the test's
 * settings; it serves on a port of its own. Close it at the end of the test.
 */
final class AnotherInstance {

    private static final List<String> SHARED_SETTINGS = List.of(
            "spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
            "spring.kafka.bootstrap-servers", "spring.kafka.consumer.group-id",
            "ticketing.security.jwt.issuer", "ticketing.security.jwt.audience", "ticketing.security.jwt.jwks-uri",
            "ticketing.identity.signing-key-encryption.key",
            "ticketing.message-sealing.key",
            "ticketing.identity.bootstrap-admin.email", "ticketing.identity.bootstrap-admin.password");

    /** Starts it with the settings of the test's own instance, some of them replaced by {@code overrides}. */
    static ConfigurableApplicationContext start(Environment testInstance, Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key : SHARED_SETTINGS) {
            String value = testInstance.getProperty(key);
            if (value != null) {
                settings.put(key, value);
            }
        }
        settings.putAll(overrides);
        settings.put("server.port", "0");
        String[] arguments = settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(IdentityServiceApplication.class).run(arguments);
    }

    static ConfigurableApplicationContext start(Environment testInstance) {
        return start(testInstance, Map.of());
    }

    static int portOf(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private AnotherInstance() {
    }
}
