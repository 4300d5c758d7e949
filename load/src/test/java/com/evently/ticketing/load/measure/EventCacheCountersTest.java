package com.evently.ticketing.load.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCacheCountersTest {

    @Test
    void sumsHitsAndMissesOfTheEventReadsCacheOnly() {
        EventCacheCounters.Counts counts = EventCacheCounters.Counts.parse("""
                # HELP cache_gets_total The number of times cache lookup methods have returned a cached value.
                # TYPE cache_gets_total counter
                cache_gets_total{cache="event-reads",cache_manager="none",result="hit"} 1530.0
                cache_gets_total{cache="event-reads",cache_manager="none",result="miss"} 20.0
                cache_gets_total{cache="jwks",result="hit"} 99.0
                cache_puts_total{cache="event-reads"} 20.0
                """);

        assertThat(counts).isEqualTo(new EventCacheCounters.Counts(1530, 20));
        assertThat(counts.minus(new EventCacheCounters.Counts(30, 5))).isEqualTo(new EventCacheCounters.Counts(1500, 15));
    }
}
