package com.evently.ticketing.notification.domain.webhook;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may be sent (server-side request forgery): in production only {@code https} URLs whose host
 * resolves to public addresses only, never loopback, link-local, private, unique-local, carrier-grade NAT,
 * multicast or unspecified ones, which would let a subscription probe the suite's own network. Checked when
 * subscribing and again on the address resolved for each delivery (DNS may have changed since).
 *
 * @param allowInsecureTargets development mode: {@code http} and non-public addresses are allowed too
 */
public record WebhookTargetPolicy(boolean allowInsecureTargets) {

    public static final int MAX_URL_LENGTH = 2048;

    /** The URL a subscription may use, or {@link InvalidInput} saying why not (before any DNS lookup). */
    public URI checkedUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("url is required");
        }
        if (raw.length() > MAX_URL_LENGTH) {
            throw new InvalidInput("url is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI url;
        try {
            url = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInput("url is not a valid URL: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecureTargets && scheme.equals("http"))) {
            throw new InvalidInput(allowInsecureTargets ? "url must be an http or https URL"
                    : "url must be an https URL");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new InvalidInput("url must name a host");
        }
        if (url.getRawUserInfo() != null) {
            throw new InvalidInput("url must not contain credentials");
        }
        if (url.getRawFragment() != null) {
            throw new InvalidInput("url must not contain a fragment");
        }
        return url;
    }

    /** Why {@code host}, resolved to {@code addresses}, may not be a target; empty when it may. */
    public Optional<String> refusalOf(String host, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return Optional.of("host " + host + " does not resolve");
        }
        if (allowInsecureTargets) {
            return Optional.empty();
        }
        return addresses.stream()
                .filter(address -> !isPublic(address))
                .findFirst()
                .map(address -> "host " + host + " resolves to a non-public address (" + address.getHostAddress() + ")");
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean thisNetwork = first == 0;
            boolean carrierGradeNat = first == 100 && second >= 64 && second <= 127;
            boolean ietfProtocolAssignments = first == 192 && second == 0 && (bytes[2] & 0xff) == 0;
            boolean benchmarking = first == 198 && (second == 18 || second == 19);
            boolean reservedOrBroadcast = first >= 240;
            return !(thisNetwork || carrierGradeNat || ietfProtocolAssignments || benchmarking || reservedOrBroadcast);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            // ::ffff:a.b.c.d and the NAT64 prefix 64:ff9b::/96 carry an IPv4 address: judge that one
            boolean mapped = isZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
            boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                    && (bytes[3] & 0xff) == 0x9b && isZero(bytes, 4, 12);
            if (mapped || nat64) {
                return isPublic(embeddedIpv4(bytes));
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress embeddedIpv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(new byte[]{bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
