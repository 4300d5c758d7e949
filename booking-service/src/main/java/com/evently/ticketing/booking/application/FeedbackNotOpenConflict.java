package com.evently.ticketing.booking.application;

/** Feedback is taken only for a confirmed booking whose session has ended. */
public final class FeedbackNotOpenConflict extends RuntimeException {

    public FeedbackNotOpenConflict(String message) {
        super(message);
    }
}
