package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.Attendee;

import java.time.Instant;
import java.util.UUID;

record AttendeeResponse(
        UUID seatId,
        UUID bookingId,
        String holderName,
        String holderEmail,
        UUID sessionId,
        String sessionName,
        UUID ticketTypeId,
        String ticketTypeName,
        String bookingStatus,
        Instant checkedInAt) {

    static AttendeeResponse of(Attendee attendee) {
        return new AttendeeResponse(attendee.seatId().value(), attendee.bookingId().value(), attendee.holderName(),
                attendee.holderEmail(), attendee.sessionId(), attendee.sessionName(), attendee.ticketTypeId(),
                attendee.ticketTypeName(), attendee.bookingStatus().name(), attendee.checkedInAt());
    }
}
