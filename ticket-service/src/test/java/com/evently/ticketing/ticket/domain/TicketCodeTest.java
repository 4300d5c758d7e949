package com.evently.ticketing.ticket.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TicketCodeTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void randomCodeCarries160BitsAsUnpaddedUrlSafeBase32() {
        TicketCode code = TicketCode.random(random);

        assertThat(TicketCode.RANDOM_BYTES * 8).isGreaterThanOrEqualTo(128);
        assertThat(code.value()).hasSize(32).matches("[A-Z2-7]+");
    }

    @Test
    void randomCodesDoNotRepeat() {
        Set<TicketCode> codes = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> codes.add(TicketCode.random(random)));

        assertThat(codes).hasSize(10_000);
    }

    @Test
    void encodesBytesAsRfc4648Base32() {
        // test vectors of RFC 4648 §10, without their padding
        assertThat(TicketCode.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(TicketCode.base32("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
        assertThat(TicketCode.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void rejectsTextThatIsNotACode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TicketCode("too-short"));
        assertThatIllegalArgumentException().isThrownBy(() -> new TicketCode("a".repeat(32)));
        assertThatIllegalArgumentException().isThrownBy(() -> new TicketCode("0".repeat(32)));
    }
}
