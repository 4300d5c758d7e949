package com.evently.ticketing.platform.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetentionRuleTest {

    @Test
    void refusesNamesThatAreNotPlainIdentifiers() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetentionRule.of("inbox; DROP TABLE x", "at", Duration.ofDays(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> RetentionRule.of("inbox", "\"at\"", Duration.ofDays(1)));
    }

    @Test
    void refusesARetentionThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetentionRule.of("inbox", "at", Duration.ZERO));
    }
}
