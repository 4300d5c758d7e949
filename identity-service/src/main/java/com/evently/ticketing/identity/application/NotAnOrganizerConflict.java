package com.evently.ticketing.identity.application;

import java.util.UUID;

/** API clients act for an organizer: the account they would act for is not one (or is disabled). */
public class NotAnOrganizerConflict extends RuntimeException {

    public NotAnOrganizerConflict(UUID userId) {
        super("Account " + userId + " is not an enabled organizer, so no API client can act for it");
    }
}
