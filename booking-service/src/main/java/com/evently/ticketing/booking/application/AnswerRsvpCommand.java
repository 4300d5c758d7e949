package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.RsvpAnswer;
import com.evently.ticketing.platform.domain.Caller;

import java.util.Objects;

public record AnswerRsvpCommand(BookingId bookingId, Caller actor, RsvpAnswer answer) {

    public AnswerRsvpCommand {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(answer, "answer");
    }
}
