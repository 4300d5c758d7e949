package com.evently.ticketing.ticket.application.port.out;

import com.evently.ticketing.ticket.domain.KnownBooking;

import java.util.UUID;

/** What was heard of each booking, one record per booking id. */
public interface KnownBookings {

    /**
     * The booking's record, created as {@link KnownBooking#unseen} when there is none, and locked until the current
     * transaction ends: events about one booking are applied one after the other, even when a redrive runs beside
     * the regular consumer.
     */
    KnownBooking lock(UUID bookingId);

    /** Stores what {@link #lock} returned, changed. */
    void save(KnownBooking booking);
}
