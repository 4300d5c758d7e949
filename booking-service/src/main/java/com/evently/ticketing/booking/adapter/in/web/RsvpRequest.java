package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.domain.RsvpAnswer;
import jakarta.validation.constraints.NotNull;

/** {@code answer}: GOING, MAYBE or NOT_GOING (which cancels the booking). */
record RsvpRequest(@NotNull RsvpAnswer answer) {
}
