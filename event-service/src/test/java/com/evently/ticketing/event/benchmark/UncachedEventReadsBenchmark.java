package com.evently.ticketing.event.benchmark;

import org.springframework.test.context.TestPropertySource;

/** {@link EventReadBenchmark} with the cache off: every public read goes to PostgreSQL. */
@TestPropertySource(properties = "ticketing.catalog.cache.enabled=false")
class UncachedEventReadsBenchmark extends EventReadBenchmark {
}
