package com.evently.ticketing.event.adapter.in.web;

/** A request body is larger than any valid catalog request could be. */
class RequestBodyTooLargeException extends RuntimeException {

    RequestBodyTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes, more than any valid request needs");
    }
}
