package com.evently.ticketing.gateway.forwarding;

import io.netty.util.NetUtil;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The address of the caller, as far as the gateway can vouch for it: the connection's peer, unless that peer
 * is a trusted proxy, in which case the proxies' X-Forwarded-For is read from the right (each proxy appends the
 * address it saw) up to the first address that is not a trusted proxy. Anything left of that was written by the
 * caller and proves nothing, so a caller cannot choose the address its rate limit is counted under.
 */
@Component
public class ClientAddressResolver {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String UNKNOWN = "unknown";

    private final List<AddressRange> trustedProxies;

    public ClientAddressResolver(ClientAddressProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream()
                .map(String::trim)
                .filter(proxy -> !proxy.isEmpty())
                .map(AddressRange::parse)
                .toList();
    }

    public String clientAddress(ServerHttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return UNKNOWN;
        }
        String client = peer.getAddress().getHostAddress();
        for (String hop : forwardedForFromTheRight(request)) {
            if (!isTrustedProxy(client) || !isIpAddress(hop)) {
                break;
            }
            client = hop;
        }
        return client;
    }

    private boolean isTrustedProxy(String address) {
        return trustedProxies.stream().anyMatch(proxy -> proxy.contains(address));
    }

    private static boolean isIpAddress(String hop) {
        return NetUtil.isValidIpV4Address(hop) || NetUtil.isValidIpV6Address(hop);
    }

    private static List<String> forwardedForFromTheRight(ServerHttpRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : request.getHeaders().getOrEmpty(FORWARDED_FOR)) {
            Arrays.stream(header.split(",")).map(String::trim).filter(hop -> !hop.isEmpty()).forEach(hops::add);
        }
        return hops.reversed();
    }
}
