package com.evently.ticketing.analytics.application;

/** The caller asked for something only admins may see. */
public class AdminOnlyException extends RuntimeException {

    public AdminOnlyException(String what) {
        super(what + " is for admins only");
    }
}
