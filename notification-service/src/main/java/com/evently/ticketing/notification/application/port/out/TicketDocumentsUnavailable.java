package com.evently.ticketing.notification.application.port.out;

/** The tickets PDF could not be obtained; a later attempt may succeed. The message carries no secrets. */
public class TicketDocumentsUnavailable extends RuntimeException {

    public TicketDocumentsUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
