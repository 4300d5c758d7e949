package com.evently.ticketing.identity.application;

/**
 * RFC 6749 §5.2 {@code invalid_client}: unknown client, wrong secret, or revoked client, told apart to nobody
 * so that the endpoint cannot be used to find out which client ids exist.
 */
public class InvalidClient extends RuntimeException {

    public InvalidClient() {
        super("Client authentication failed");
    }
}
