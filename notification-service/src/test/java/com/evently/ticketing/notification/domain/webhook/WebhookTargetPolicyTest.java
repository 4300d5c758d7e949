package com.evently.ticketing.notification.domain.webhook;

import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookTargetPolicyTest {

    private final WebhookTargetPolicy production = new WebhookTargetPolicy(false);
    private final WebhookTargetPolicy development = new WebhookTargetPolicy(true);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1",
            "169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.255", "224.0.0.1", "239.1.2.3",
            "255.255.255.255", "240.0.0.1", "192.0.0.8", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
            "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "fec0::1"})
    void nonPublicAddressesAreRefusedInProduction(String address) throws Exception {
        assertThat(production.refusalOf("partner.example", List.of(InetAddress.getByName(address))))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("non-public address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:220:1::1",
            "::ffff:93.184.216.34"})
    void publicAddressesAreAllowed(String address) throws Exception {
        assertThat(production.refusalOf("partner.example", List.of(InetAddress.getByName(address)))).isEmpty();
    }

    @Test
    void oneNonPublicAddressAmongPublicOnesIsEnough() throws Exception {
        assertThat(production.refusalOf("partner.example",
                List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")))).isPresent();
    }

    @Test
    void aHostThatDoesNotResolveIsRefusedEvenInDevelopment() {
        assertThat(development.refusalOf("nowhere.invalid", List.of())).isPresent();
    }

    @Test
    void developmentAllowsLoopbackAndHttp() throws Exception {
        assertThat(development.refusalOf("localhost", List.of(InetAddress.getByName("127.0.0.1")))).isEmpty();
        assertThat(development.checkedUrl("http://localhost:9000/hooks").getPort()).isEqualTo(9000);
    }

    @Test
    void productionTakesHttpsOnly() {
        assertThat(production.checkedUrl("https://partner.example/hooks").getHost()).isEqualTo("partner.example");
        assertThatThrownBy(() -> production.checkedUrl("http://partner.example/hooks"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ftp://partner.example/x", "file:///etc/passwd", "gopher://partner.example",
            "partner.example/hooks", "https://user:secret@partner.example/", "https:///nohost", "https://a b/",
            "https://partner.example/#frag", "javascript:alert(1)"})
    void malformedOrDangerousUrlsAreRefusedEvenInDevelopment(String url) {
        assertThatThrownBy(() -> development.checkedUrl(url)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void overlongUrlsAreRefused() {
        assertThatThrownBy(() -> production.checkedUrl("https://partner.example/" + "a".repeat(2100)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("longer");
    }
}
