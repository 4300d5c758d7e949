package com.evently.ticketing.booking.application.port.out;

import com.evently.ticketing.booking.domain.AttendeePage;
import com.evently.ticketing.booking.domain.AttendeeQuery;
import com.evently.ticketing.booking.domain.SeatClaim;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.booking.domain.SeatTransfer;

import java.time.Instant;

/** The seats sold for an event, one row each, with who holds them. */
public interface Attendees {

    /** The page the query asks for, seats ordered by booking time, then booking, then seat number. */
    AttendeePage find(AttendeeQuery query);

    /**
     * Names the transfer's holder as the seat's, unless the seat shows a later transfer already; a seat that does not
     * exist is left alone.
     *
     * @return whether the seat now shows this transfer
     */
    boolean updateHolder(SeatTransfer transfer);

    /**
     * Names the claimant as the holder of the seat that shows the claimed ticket; a seat showing another ticket (a
     * later transfer) or none is left alone. A claimed ticket's transfer announced again does not name the address
     * the claim link went to again.
     *
     * @return whether the seat now shows the claimant
     */
    boolean updateHolder(SeatClaim claim);

    /** Records the seat's admission unless an earlier one is recorded; a seat that does not exist is left alone. */
    void markCheckedIn(SeatId seatId, Instant checkedInAt);
}
