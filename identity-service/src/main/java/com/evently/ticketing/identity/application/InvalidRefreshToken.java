package com.evently.ticketing.identity.application;

/**
 * The refresh token cannot be exchanged: unknown, already used, revoked, expired, or its account disabled.
 * Deliberately one failure for all, so a caller learns nothing about a token it does not own.
 */
public class InvalidRefreshToken extends RuntimeException {

    public InvalidRefreshToken() {
        super("The refresh token is not valid; log in again");
    }
}
