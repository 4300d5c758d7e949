package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.application.port.out.HeldBookings;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.HeldBooking;

import java.util.UUID;

/**
 * Keeps the local copy of confirmed bookings that reminders are sent from. Thin on purpose: booking-service decides
 * what a booking is; this service only remembers enough to remind its holder, and forgets it on cancellation.
 */
public final class TrackingBookings {

    private final HeldBookings bookings;

    public TrackingBookings(HeldBookings bookings) {
        this.bookings = bookings;
    }

    public void confirmed(HeldBooking booking) {
        bookings.confirmed(booking);
    }

    public void changed(UUID bookingId, int revision, UUID sessionId, int quantity, EventDetails event) {
        bookings.changed(bookingId, revision, sessionId, quantity, event);
    }

    public void cancelled(UUID bookingId) {
        bookings.cancelled(bookingId);
    }
}
