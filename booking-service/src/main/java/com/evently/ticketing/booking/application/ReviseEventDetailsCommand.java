package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventRevision;

import java.util.Objects;

public record ReviseEventDetailsCommand(EventRevision revision) {

    public ReviseEventDetailsCommand {
        Objects.requireNonNull(revision, "revision");
    }
}
