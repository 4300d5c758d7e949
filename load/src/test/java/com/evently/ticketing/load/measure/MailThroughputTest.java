package com.evently.ticketing.load.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MailThroughputTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant END = START.plusSeconds(10);

    @Test
    void splitsTheMailsAtTheLastBookingAndTimesTheDrain() {
        // 50 mails during the 10 s of bookings, then 30 more in the 6 s after the last booking
        List<Instant> sent = IntStream.range(0, 80)
                .mapToObj(i -> i < 50 ? START.plusMillis(200L * i) : END.plusMillis(200L * (i - 49)))
                .toList();

        MailThroughput mails = MailThroughput.of(sent, START, END);

        assertThat(mails.duringRun()).isEqualTo(50);
        assertThat(mails.afterRun()).isEqualTo(30);
        assertThat(mails.drain()).isEqualTo(Duration.ofSeconds(6));
        assertThat(mails.perSecondDuringRun()).isCloseTo(5.0, within(1e-9));
        assertThat(mails.perSecondAfterRun()).isCloseTo(5.0, within(1e-9));
        assertThat(mails.perSecondOverall()).isCloseTo(80 / 16.0, within(1e-9));
    }

    @Test
    void aMailAtTheLastBookingsMomentCountsAsDuringTheRunAndLeavesNothingToDrain() {
        MailThroughput mails = MailThroughput.of(List.of(START.plusSeconds(1), END), START, END);

        assertThat(mails.duringRun()).isEqualTo(2);
        assertThat(mails.afterRun()).isZero();
        assertThat(mails.drain()).isZero();
        assertThat(mails.perSecondAfterRun()).isZero();
        assertThat(mails.perSecondDuringRun()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void noMailsAtAllIsZeroEverywhere() {
        MailThroughput mails = MailThroughput.of(List.of(), START, END);

        assertThat(mails.total()).isZero();
        assertThat(mails.drain()).isZero();
        assertThat(mails.perSecondOverall()).isZero();
    }
}
