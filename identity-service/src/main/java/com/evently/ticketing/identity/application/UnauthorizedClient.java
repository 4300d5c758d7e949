package com.evently.ticketing.identity.application;

/**
 * RFC 6749 §5.2 {@code unauthorized_client}: the client authenticated, but the organizer it acts for is no
 * longer an enabled organizer, and a client never does more than its organizer may.
 */
public class UnauthorizedClient extends RuntimeException {

    public UnauthorizedClient() {
        super("The organizer this client acts for may not use the API any more");
    }
}
