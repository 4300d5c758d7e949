package com.evently.ticketing.contracts;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/** Locates the JSON Schema (draft 2020-12) that every payload of an event type must satisfy. */
public final class ContractSchemas {

    public static String resourceOf(String eventType) {
        EventTypes.topicOf(eventType);
        return "/schemas/" + eventType + ".schema.json";
    }

    public static InputStream open(String eventType) {
        InputStream in = ContractSchemas.class.getResourceAsStream(resourceOf(eventType));
        if (in == null) {
            throw new UncheckedIOException(new IOException("No schema bundled for " + eventType));
        }
        return in;
    }

    private ContractSchemas() {
    }
}
