package com.evently.ticketing.identity.application;

import java.util.UUID;

/** No such client, or not one the caller may see: both answer alike, so ids of others' clients leak nothing. */
public class ApiClientNotFound extends RuntimeException {

    public ApiClientNotFound(UUID clientId) {
        super("No API client with id " + clientId);
    }
}
