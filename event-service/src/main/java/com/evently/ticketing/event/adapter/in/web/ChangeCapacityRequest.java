package com.evently.ticketing.event.adapter.in.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The new number of seats per session of one ticket type. */
record ChangeCapacityRequest(@NotNull @Min(1) Integer capacity) {
}
