package com.evently.ticketing.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Internal endpoints of the platform's test service, for {@link InternalEndpointTest}. */
@Configuration(proxyBeanMethods = false)
class InternalEndpointProbe {

    static final String PROBE_SCOPE = "internal:platform-probe";

    @Bean
    InternalEndpoints probeEndpoints() {
        return InternalEndpoints.requiringScope(PROBE_SCOPE, "GET /internal/v1/probe/{id}");
    }

    @RestController
    static class ProbeController {

        @GetMapping("/internal/v1/probe/{id}")
        Map<String, String> probe() {
            return Map.of("probe", "ok");
        }

        /** Served, but declared by no {@link InternalEndpoints}: closed to every token. */
        @GetMapping("/internal/v1/undeclared")
        Map<String, String> undeclared() {
            return Map.of("undeclared", "served");
        }
    }
}
