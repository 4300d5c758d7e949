package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.CancelBookingCommand;
import jakarta.validation.constraints.Size;

/** The body of a cancellation is optional, and so is its reason. */
record CancelBookingRequest(@Size(max = CancelBookingCommand.MAX_REASON_LENGTH) String reason) {
}
