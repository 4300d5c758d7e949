package com.evently.ticketing.deploy;

/**
 * The suite could not start for a reason a person can fix (a busy port, a missing jar, a service that failed
 * or never became ready). The message says what to do; a stack trace would add nothing.
 */
public class SuiteStartupException extends RuntimeException {

    public SuiteStartupException(String message) {
        super(message);
    }

    public SuiteStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
