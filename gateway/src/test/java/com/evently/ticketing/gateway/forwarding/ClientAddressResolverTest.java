package com.evently.ticketing.gateway.forwarding;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressResolverTest {

    private static final String CALLER = "198.51.100.23";

    @Test
    void takesTheConnectionsPeerWhenNoProxyIsTrusted() {
        ClientAddressResolver resolver = trusting();

        assertThat(resolver.clientAddress(from(CALLER, "203.0.113.9"))).isEqualTo(CALLER);
    }

    @Test
    void ignoresForwardedForFromAPeerThatIsNotATrustedProxy() {
        ClientAddressResolver resolver = trusting("10.0.0.0/8");

        assertThat(resolver.clientAddress(from(CALLER, "203.0.113.9"))).isEqualTo(CALLER);
    }

    @Test
    void takesTheAddressTheTrustedProxySawNotOneTheCallerWrote() {
        ClientAddressResolver resolver = trusting("10.0.0.0/8");

        assertThat(resolver.clientAddress(from("10.0.0.5", "203.0.113.9, " + CALLER))).isEqualTo(CALLER);
    }

    @Test
    void walksBackThroughSeveralTrustedProxies() {
        ClientAddressResolver resolver = trusting("10.0.0.0/8", "192.0.2.7");

        assertThat(resolver.clientAddress(from("10.0.0.5", "203.0.113.9, " + CALLER, "192.0.2.7, 10.20.0.1")))
                .isEqualTo(CALLER);
    }

    @Test
    void stopsAtAnEntryThatIsNotAnAddress() {
        ClientAddressResolver resolver = trusting("10.0.0.0/8");

        assertThat(resolver.clientAddress(from("10.0.0.5", CALLER + ", attacker.example"))).isEqualTo("10.0.0.5");
    }

    @Test
    void matchesIpv6Ranges() {
        ClientAddressResolver resolver = trusting("fd00::/8");

        assertThat(resolver.clientAddress(from("fd00::1", "2001:db8::7"))).isEqualTo("2001:db8::7");
    }

    @Test
    void refusesATrustedProxySettingThatIsNotAnAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> trusting("proxy.internal"));
        assertThatIllegalArgumentException().isThrownBy(() -> trusting("10.0.0.0/33"));
    }

    private static ClientAddressResolver trusting(String... proxies) {
        return new ClientAddressResolver(new ClientAddressProperties(List.of(proxies)));
    }

    private static MockServerHttpRequest from(String peer, String... forwardedFor) {
        return MockServerHttpRequest.get("/api/v1/auth/login")
                .remoteAddress(new InetSocketAddress(peer, 50_000))
                .header("X-Forwarded-For", forwardedFor)
                .build();
    }
}
