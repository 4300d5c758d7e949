package com.evently.ticketing.analytics.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodTest {

    @Test
    void daysAreCutAtTheZonesMidnightAndTheEndIsExclusive() {
        ReportingPeriod period = new ReportingPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31),
                ZoneId.of("Europe/Lisbon"));

        assertThat(period.start()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
        // Lisbon is on summer time (UTC+1) from 28 March
        assertThat(period.end()).isEqualTo(Instant.parse("2027-03-31T23:00:00Z"));
    }

    @Test
    void defaultIsThirtyDaysUpToToday() {
        ReportingPeriod period = ReportingPeriod.lastDaysUpTo(LocalDate.of(2027, 3, 30), ZoneOffset.UTC);

        assertThat(period.from()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void refusesAnEndBeforeTheStartAPeriodOverAYearAndAFixedOffset() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ReportingPeriod(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1), ZoneOffset.UTC));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2), ZoneOffset.UTC));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ReportingPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), ZoneOffset.ofHours(1)));
    }
}
