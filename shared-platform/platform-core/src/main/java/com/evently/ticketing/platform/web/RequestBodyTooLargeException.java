package com.evently.ticketing.platform.web;

/** A request body went past {@link WebLimits#maxRequestBody()}; answered 400 {@code request-too-large}. */
public class RequestBodyTooLargeException extends RuntimeException {

    RequestBodyTooLargeException(long maxBytes) {
        super("Request bodies are limited to " + maxBytes + " bytes.");
    }
}
