package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.Cancellation;
import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /api/v1/events/{id}/cancel}: why the event is called off, shown to everyone. */
record CancelEventRequest(@Size(max = Cancellation.MAX_REASON_LENGTH) String reason) {

    static String reasonOf(CancelEventRequest request) {
        return request == null ? null : request.reason();
    }
}
