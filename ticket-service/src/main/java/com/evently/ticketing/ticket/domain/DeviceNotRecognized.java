package com.evently.ticketing.ticket.domain;

/** A device credential that is unknown or revoked: the request is not authenticated. */
public class DeviceNotRecognized extends RuntimeException {

    public DeviceNotRecognized() {
        super("No check-in device with this credential, or it was revoked");
    }
}
