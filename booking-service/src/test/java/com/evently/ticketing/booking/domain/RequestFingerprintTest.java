package com.evently.ticketing.booking.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

    @Test
    void sameRequestGivesTheSameFingerprint() {
        assertThat(RequestFingerprint.of("quantity=2")).isEqualTo(RequestFingerprint.of("quantity=2"));
    }

    @Test
    void differentRequestsGiveDifferentFingerprints() {
        assertThat(RequestFingerprint.of("quantity=2")).isNotEqualTo(RequestFingerprint.of("quantity=3"));
    }
}
