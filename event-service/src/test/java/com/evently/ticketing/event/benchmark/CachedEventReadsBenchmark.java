package com.evently.ticketing.event.benchmark;

/** {@link EventReadBenchmark} as the service runs: public reads from the in-process cache. */
class CachedEventReadsBenchmark extends EventReadBenchmark {
}
