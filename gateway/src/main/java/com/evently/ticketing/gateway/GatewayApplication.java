package com.evently.ticketing.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The suite's single entry point: checks the caller's token, then forwards the request to the service that
 * owns the path. It holds no business rules, so it has no domain or ports: packages are split by concern
 * instead ({@code routing}, {@code security}, {@code ratelimit}, {@code hardening}, {@code forwarding},
 * {@code correlation}, {@code problem}, {@code config}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
