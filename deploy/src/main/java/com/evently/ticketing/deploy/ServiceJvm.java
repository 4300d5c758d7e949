package com.evently.ticketing.deploy;

import java.util.List;

/** How the launcher runs a service's JVM. */
public final class ServiceJvm {

    /**
     * Seven JVMs share a laptop: small heaps and a single-threaded collector. The JIT is the full one (C1 and C2), as
     * in production, so measurements against a local suite mean something once it is warm; what C2 costs at start-up
     * the services' AOT caches ({@link AotCache}) more than win back.
     */
    public static final List<String> DEFAULT_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC");

    /**
     * End-to-end tests start throw-away suites, which never get an AOT cache and never run warm: C1 alone gets them
     * ready with the least CPU, which on a shared CI machine is what decides whether they are ready in time.
     */
    public static final List<String> THROW_AWAY_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");

    /** Under the suite's data directory: one AOT cache per service jar build. */
    static final String AOT_CACHE_DIRECTORY = "aot";

    private ServiceJvm() {
    }
}
