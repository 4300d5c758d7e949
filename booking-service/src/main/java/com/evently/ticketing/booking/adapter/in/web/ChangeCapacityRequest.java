package com.evently.ticketing.booking.adapter.in.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The catalog's new capacity for one line; {@code changeId} identifies the organizer's change across retries. */
record ChangeCapacityRequest(@NotNull @Min(1) Integer capacity, @NotNull UUID changeId) {
}
