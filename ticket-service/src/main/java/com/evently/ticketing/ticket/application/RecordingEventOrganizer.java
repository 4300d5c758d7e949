package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.EventOrganizers;

import java.util.UUID;

/** Remembers who organizes an event, as the catalogue announces it, so that they may run its check-in. */
public class RecordingEventOrganizer {

    private final EventOrganizers organizers;

    public RecordingEventOrganizer(EventOrganizers organizers) {
        this.organizers = organizers;
    }

    public void record(UUID eventId, UUID organizerId) {
        organizers.record(eventId, organizerId);
    }
}
