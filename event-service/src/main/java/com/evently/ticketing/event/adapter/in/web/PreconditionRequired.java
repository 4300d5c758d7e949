package com.evently.ticketing.event.adapter.in.web;

/** A change was sent without saying which version it is based on, so it could silently overwrite another. */
class PreconditionRequired extends RuntimeException {

    PreconditionRequired() {
        super("Send If-Match with the ETag of the version you read, so that nobody's change is overwritten unseen");
    }
}
