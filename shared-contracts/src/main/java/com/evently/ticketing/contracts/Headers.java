package com.evently.ticketing.contracts;

/** Kafka record headers: CloudEvents' Kafka protocol binding (binary mode) plus W3C trace context. */
public final class Headers {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String CLOUD_EVENTS_SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    private Headers() {
    }
}
