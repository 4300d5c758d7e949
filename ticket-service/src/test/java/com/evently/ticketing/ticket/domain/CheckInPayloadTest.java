package com.evently.ticketing.ticket.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CheckInPayloadTest {

    private final UUID ticketId = UUID.randomUUID();
    private final TicketCode code = TicketCode.random(new SecureRandom());

    @Test
    void encodesVersionTicketIdAndCode() {
        assertThat(new CheckInPayload(ticketId, code).encode()).isEqualTo("TKT1:" + ticketId + ":" + code.value());
    }

    @Test
    void readsBackWhatItEncoded() {
        CheckInPayload payload = new CheckInPayload(ticketId, code);

        assertThat(CheckInPayload.parse(payload.encode())).isEqualTo(payload);
    }

    @Test
    void rejectsPayloadsOfAnotherFormat() {
        assertThatIllegalArgumentException().isThrownBy(() -> CheckInPayload.parse(null));
        assertThatIllegalArgumentException().isThrownBy(() -> CheckInPayload.parse("https://example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> CheckInPayload.parse("TKT2:" + ticketId + ":" + code));
        assertThatIllegalArgumentException().isThrownBy(() -> CheckInPayload.parse("TKT1:not-a-uuid:" + code));
        assertThatIllegalArgumentException().isThrownBy(() -> CheckInPayload.parse("TKT1:" + ticketId + ":SHORT"));
    }
}
