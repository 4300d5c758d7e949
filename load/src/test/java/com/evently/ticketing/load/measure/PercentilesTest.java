package com.evently.ticketing.load.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToAHundredIsTheRankItself() {
        Percentiles percentiles = Percentiles.of(LongStream.rangeClosed(1, 100).boxed().toList().reversed());

        assertThat(percentiles.at(50)).isEqualTo(50);
        assertThat(percentiles.at(95)).isEqualTo(95);
        assertThat(percentiles.at(99)).isEqualTo(99);
        assertThat(percentiles.max()).isEqualTo(100);
    }

    @Test
    void aFewSlowAnswersShowInTheTailNotInTheMedian() {
        Percentiles percentiles = Percentiles.of(List.of(10L, 12L, 11L, 9L, 10L, 11L, 10L, 12L, 9L, 900L));

        assertThat(percentiles.at(50)).isEqualTo(10);
        assertThat(percentiles.at(95)).isEqualTo(900);
    }

    @Test
    void oneMeasurementIsEveryPercentile() {
        assertThat(Percentiles.of(7L).at(1)).isEqualTo(7);
        assertThat(Percentiles.of(7L).at(99)).isEqualTo(7);
    }

    @Test
    void nothingMeasuredHasNoPercentile() {
        Percentiles none = Percentiles.of(List.of());

        assertThat(none.isEmpty()).isTrue();
        assertThatThrownBy(() -> none.at(50)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Percentiles.of(1L).at(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
