package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.application.AttendeeQuery;
import com.evently.ticketing.booking.application.AttendeePage;
import com.evently.ticketing.booking.domain.SeatHolder;
import com.evently.ticketing.booking.domain.SeatId;

import java.time.Instant;

/** The seats sold for an event, one row each, with who holds them. */
public interface Attendees {

    /** The page the query asks for, seats ordered by booking time, then booking, then seat number. */
    AttendeePage find(AttendeeQuery query);

    /** Names a seat's new holder; a seat that does not exist is left alone. */
    void updateHolder(SeatId seatId, SeatHolder holder);

    /** Records the seat's admission unless an earlier one is recorded; a seat that does not exist is left alone. */
    void markCheckedIn(SeatId seatId, Instant checkedInAt);
}
