package com.evently.ticketing.notification.application.port.out;

/**
 * The mail server did not take a mail. Usually a later attempt may succeed (the server is down or busy); a
 * {@linkplain #isPermanent() permanent} refusal (no such mailbox, an address the server rejects) fails the same way
 * on every attempt. The message carries no secrets.
 */
public class MailNotAccepted extends RuntimeException {

    private final boolean permanent;

    public MailNotAccepted(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    public MailNotAccepted(String reason, Throwable cause, boolean permanent) {
        super(reason, cause);
        this.permanent = permanent;
    }

    /** The server refused for good: trying again would only cost work and the server's patience. */
    public boolean isPermanent() {
        return permanent;
    }
}
