package com.evently.ticketing.identity.domain;

import java.util.UUID;

/** A revoked client stays revoked: its secret cannot be rotated back to life. */
public class ApiClientRevokedConflict extends RuntimeException {

    public ApiClientRevokedConflict(UUID clientId) {
        super("API client " + clientId + " is revoked; register a new one");
    }
}
