package com.evently.ticketing.booking.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityChangeTest {

    final InventoryLine line = new InventoryLine(
            new InventoryLineKey(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), 100, 37);

    @Test
    void aNoticeIsObservedNowToTheMicrosecond() {
        AvailabilityNotice notice = new AvailabilityChange(line, Optional.empty())
                .noticeAt(Instant.parse("2026-03-01T10:00:00.123456789Z"));

        assertThat(notice.line()).isEqualTo(line);
        assertThat(notice.observedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123456Z"));
    }

    /** Another replica's clock ran ahead when it sent the last notice: consumers keep the latest, so ours must be later. */
    @Test
    void aNoticeIsObservedAfterThePreviousOneEvenWhenThisClockIsBehind() {
        Instant previous = Instant.parse("2026-03-01T10:00:05Z");

        AvailabilityNotice notice = new AvailabilityChange(line, Optional.of(previous))
                .noticeAt(Instant.parse("2026-03-01T10:00:04Z"));

        assertThat(notice.observedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:05.000001Z"));
    }
}
