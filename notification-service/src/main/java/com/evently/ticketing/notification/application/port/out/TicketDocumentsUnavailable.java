package com.evently.ticketing.notification.application.port.out;

/** The tickets PDF could not be obtained, for the {@link Kind} of reason it says. The message carries no secrets. */
public class TicketDocumentsUnavailable extends RuntimeException {

    /** Why: what the mail waiting for the PDF should do about it. */
    public enum Kind {
        /**
         * ticket-service could not answer at all (unreachable, too slow, overloaded, or its circuit breaker open):
         * nothing is wrong with the mail, it only has to wait.
         */
        OUTAGE,
        /**
         * ticket-service answered that the booking's buyer holds no valid ticket: the booking was cancelled (or
         * every ticket given away) before the mail went out, and asking again will not bring the tickets back.
         */
        NO_VALID_TICKETS,
        /** Anything else (a refused token, an answer that is no PDF): a later attempt may succeed if something changes. */
        FAILURE
    }

    private final Kind kind;

    public TicketDocumentsUnavailable(String reason, Throwable cause) {
        this(reason, cause, Kind.FAILURE);
    }

    public TicketDocumentsUnavailable(String reason, Throwable cause, Kind kind) {
        super(reason, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
