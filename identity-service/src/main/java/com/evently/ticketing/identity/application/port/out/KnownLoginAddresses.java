package com.evently.ticketing.identity.application.port.out;

import com.evently.ticketing.identity.domain.ClientAddress;

import java.time.Instant;

/**
 * The client addresses each account logged in from successfully, by the account's throttling subject (see
 * {@code LoginAttemptKey.accountSubject}), so that its owner is not locked out by guesses from elsewhere.
 */
public interface KnownLoginAddresses {

    /** Whether the account logged in successfully from {@code address} at or after {@code since}. */
    boolean isKnown(String account, ClientAddress address, Instant since);

    void remember(String account, ClientAddress address, Instant loggedInAt);
}
