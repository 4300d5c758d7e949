package com.evently.ticketing.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCachingTest {

    @Test
    void publicReadsMayBeKeptBrieflyAndServedStaleWhileRevalidating() {
        HttpCaching caching = new HttpCaching(Duration.ofSeconds(2), Duration.ofSeconds(5));

        assertThat(caching.forPublic().getHeaderValue()).isEqualTo("max-age=2, public, stale-while-revalidate=5");
        assertThat(HttpCaching.forPrivate().getHeaderValue()).isEqualTo("no-cache, private");
    }

    @Test
    void equalContentGetsTheSameTagAndAnyChangeAnother() {
        String tag = HttpCaching.strongTagOf("ON_SALE;line 1: 10 of 10");

        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(HttpCaching.strongTagOf("ON_SALE;line 1: 10 of 10")).isEqualTo(tag);
        assertThat(HttpCaching.strongTagOf("ON_SALE;line 1: 9 of 10")).isNotEqualTo(tag);
        assertThat(HttpCaching.weakTagOf("ON_SALE;line 1: 10 of 10")).isEqualTo("W/" + tag);
    }
}
