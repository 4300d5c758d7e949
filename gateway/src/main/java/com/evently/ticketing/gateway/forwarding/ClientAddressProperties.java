package com.evently.ticketing.gateway.forwarding;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * Whose word the gateway takes for the caller's address (env GATEWAY_TRUSTED_PROXIES).
 *
 * @param trustedProxies IP addresses or CIDR ranges of the proxies in front of the gateway (a load balancer, an
 *                       ingress); only when one of them is the connection's peer is its X-Forwarded-For read.
 *                       Empty by default: the gateway is the edge, and the peer is the caller.
 */
@Validated
@ConfigurationProperties("ticketing.gateway.client-address")
public record ClientAddressProperties(@NotNull @DefaultValue List<String> trustedProxies) {
}
