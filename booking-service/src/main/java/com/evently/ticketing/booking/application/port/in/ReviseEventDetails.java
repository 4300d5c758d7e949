package com.evently.ticketing.booking.application.port.in;

/** Takes over the new title, venue and time zone of a published event, so that later bookings carry them. */
public interface ReviseEventDetails {

    /**
     * Safe to repeat and to receive out of order: a revision is stored only when it is newer than the one booking
     * holds. A revision of an event booking never received is ignored.
     */
    void revise(ReviseEventDetailsCommand command);
}
