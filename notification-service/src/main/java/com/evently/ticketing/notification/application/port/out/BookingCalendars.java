package com.evently.ticketing.notification.application.port.out;

import com.evently.ticketing.notification.domain.Attachment;

import java.util.Optional;
import java.util.UUID;

/**
 * A booking as an iCalendar file (RFC 5545) to attach to its confirmation: the same entry (same UID) that
 * booking-service's {@code /calendar.ics} download gives, so importing both leaves one entry in the calendar.
 */
public interface BookingCalendars {

    /** Empty when this service does not hold the booking or does not know when its session starts. */
    Optional<Attachment> calendarOf(UUID bookingId);
}
