package com.evently.ticketing.notification.application.port.out;

/** The mail server did not take a mail; a later attempt may succeed. The message carries no secrets. */
public class MailNotAccepted extends RuntimeException {

    public MailNotAccepted(String reason, Throwable cause) {
        super(reason, cause);
    }
}
