package com.evently.ticketing.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The context rotates keys older than 6 h and checks every 200 ms; its clock only moves when a test says so. */
@AdjustableClockContext
class ScheduledKeyRotationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AdjustableClock clock;

    @Test
    void rotatesTheKeyOnceItReachesTheConfiguredAge() throws Exception {
        String before = activeKeyId();

        clock.advance(Duration.parse("PT" + AdjustableClockContext.ROTATION_PERIOD.toUpperCase()).plusMinutes(1));

        Instant deadline = Instant.now().plusSeconds(10);
        while (activeKeyId().equals(before) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        String rotated = activeKeyId();
        assertThat(rotated).isNotEqualTo(before);
        Thread.sleep(1000);
        assertThat(activeKeyId()).as("one rotation per period, though the check ran several times since")
                .isEqualTo(rotated);
        assertThat(jdbc.sql("SELECT kid FROM signing_keys WHERE NOT active").query(String.class).list())
                .as("the replaced key still verifies").containsExactly(before);
    }

    private String activeKeyId() {
        return jdbc.sql("SELECT kid FROM signing_keys WHERE active").query(String.class).single();
    }
}
