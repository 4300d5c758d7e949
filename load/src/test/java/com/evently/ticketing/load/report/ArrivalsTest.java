package com.evently.ticketing.load.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @Test
    void aRateIsLabelledWithoutTrailingZeros() {
        assertThat(new Arrivals.Open(20.0).label()).isEqualTo("rate 20/s");
        assertThat(new Arrivals.Open(0.5).label()).isEqualTo("rate 0.5/s");
        assertThat(new Arrivals.Closed(128).label()).isEqualTo("128");
    }

    @Test
    void rejectsArrivalsThatWouldPutNoLoadOn() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Arrivals.Closed(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Arrivals.Open(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Arrivals.Open(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new Arrivals.Open(Double.POSITIVE_INFINITY));
    }
}
