package com.evently.ticketing.contracts;

/** Kafka topics, one per publishing service and major contract version. */
public final class Topics {

    public static final String CATALOG_EVENTS = "catalog.events.v1";
    public static final String BOOKING_EVENTS = "booking.events.v1";
    public static final String TICKET_EVENTS = "ticket.events.v1";
    public static final String IDENTITY_EVENTS = "identity.events.v1";

    /** Where a consumer parks a record it could not process after bounded retries. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
