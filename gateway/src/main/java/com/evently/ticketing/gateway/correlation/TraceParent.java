package com.evently.ticketing.gateway.correlation;

import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent}: {@code 00-<trace id>-<parent span id>-<flags>}, lower-case hex.
 *
 * @param traceId  32 hex digits, the whole journey of a request through the suite
 * @param parentId 16 hex digits, the span of the hop that sends this header
 * @param flags    2 hex digits; {@code 01} means sampled
 */
public record TraceParent(String traceId, String parentId, String flags) {

    public static final String HEADER = "traceparent";
    public static final String STATE_HEADER = "tracestate";

    private static final String VERSION = "00";
    private static final String SAMPLED = "01";
    private static final String INVALID_TRACE_ID = "0".repeat(32);
    private static final String INVALID_PARENT_ID = "0".repeat(16);
    // A later version may append fields after the flags; version ff is forbidden by the specification.
    private static final Pattern FORMAT =
            Pattern.compile("(?!ff)([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final HexFormat HEX = HexFormat.of();

    /** The caller's trace context, if it sent a well-formed one. */
    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(header.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean version00WithExtraFields = VERSION.equals(matcher.group(1)) && matcher.group(5) != null;
        String traceId = matcher.group(2);
        String parentId = matcher.group(3);
        if (version00WithExtraFields || traceId.equals(INVALID_TRACE_ID) || parentId.equals(INVALID_PARENT_ID)) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(traceId, parentId, matcher.group(4)));
    }

    /** A new, sampled trace for a request that arrived without one. */
    public static TraceParent startTrace() {
        return new TraceParent(randomHex(16, INVALID_TRACE_ID), newSpanId(), SAMPLED);
    }

    /** The same trace, continued by a new span of the gateway's own; the caller's sampling decision stands. */
    public TraceParent continuedByNewSpan() {
        return new TraceParent(traceId, newSpanId(), flags);
    }

    public String header() {
        return String.join("-", VERSION, traceId, parentId, flags);
    }

    private static String newSpanId() {
        return randomHex(8, INVALID_PARENT_ID);
    }

    private static String randomHex(int bytes, String invalid) {
        byte[] random = new byte[bytes];
        String hex;
        do {
            ThreadLocalRandom.current().nextBytes(random);
            hex = HEX.formatHex(random);
        } while (hex.equals(invalid));
        return hex;
    }
}
