package com.evently.ticketing.testsupport.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * A request body that a service must refuse, as raw bytes with the content type it is sent as.
 *
 * @param flaw           what was done to the valid body, in words: jqwik prints it with a falsified sample
 * @param contentType    the Content-Type header sent with it
 * @param content        the bytes sent, possibly not UTF-8 and possibly not JSON at all
 * @param expectedStatus 415 when only the content type is wrong, else 400 (an oversize body included: to the
 *                       client it is bad input like any other, see the platform's {@code request-too-large})
 */
public record InvalidBody(String flaw, String contentType, byte[] content, int expectedStatus) {

    static final String JSON = "application/json";

    static InvalidBody json(String flaw, String json) {
        return new InvalidBody(flaw, JSON, json.getBytes(StandardCharsets.UTF_8), 400);
    }

    static InvalidBody jsonBytes(String flaw, byte[] content) {
        return new InvalidBody(flaw, JSON, content, 400);
    }

    /** Printed by jqwik for a falsified sample: the flaw and (the start of) the body. */
    @Override
    public String toString() {
        String text = new String(content, StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "…(" + content.length + " bytes)" : text;
        return flaw + " [" + contentType + "] " + shown;
    }
}
