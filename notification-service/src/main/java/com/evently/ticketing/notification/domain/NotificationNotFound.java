package com.evently.ticketing.notification.domain;

import java.util.UUID;

/** No mail the caller may see. */
public class NotificationNotFound extends RuntimeException {

    public NotificationNotFound(UUID mailId) {
        super("No mail " + mailId);
    }
}
