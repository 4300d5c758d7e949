package com.evently.ticketing.notification.domain;

import java.util.Objects;
import java.util.UUID;

/** What a mail carries besides its text, fetched when it is sent (documents may change, or be large). */
public sealed interface AttachmentPolicy {

    /** The mail goes out as it was composed. */
    record Nothing() implements AttachmentPolicy {
    }

    /** The booking's printable tickets, as the service that issued them renders them. */
    record TicketsPdfOf(UUID bookingId) implements AttachmentPolicy {

        public TicketsPdfOf {
            Objects.requireNonNull(bookingId, "bookingId");
        }
    }
}
