package com.evently.ticketing.booking.application;

/** The caller sent an idempotency key again, but with a different request than the first time. */
public final class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused() {
        super("This Idempotency-Key was already used with a different request; use a new key for a new booking");
    }
}
