package com.evently.ticketing.analytics.application.port.out;

import java.util.UUID;

/**
 * Remembers which bookings were already counted. The inbox only stops redeliveries of one event id; a booking
 * announced again under a new event id must not be counted again.
 */
public interface CountedBookings {

    /** Marks the booking as counted; {@code false} when it already was. */
    boolean markCounted(UUID bookingId, UUID eventId, int seats);
}
