package com.evently.ticketing.platform.domain;

/**
 * Input a caller sent that the domain refuses, with a message written for that caller: answered as 400 with
 * the message as the problem's detail. Plain Java, so that any service's domain may throw it.
 * <p>
 * Any other {@link IllegalArgumentException} is a bug of ours (a library or our code was called wrongly), not
 * the client's fault: it answers 500 and its message, which may reveal internals, never reaches the client.
 * This type extends it so that code catching {@code IllegalArgumentException} keeps working.
 */
public class InvalidInput extends IllegalArgumentException {

    public InvalidInput(String message) {
        super(message);
    }

    public InvalidInput(String message, Throwable cause) {
        super(message, cause);
    }
}
