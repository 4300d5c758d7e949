package com.evently.ticketing.ticket.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket's admission at the door: one per ticket (until an organizer undoes it). {@code checkedInAt} is when it
 * was scanned, earlier than its recording for a scan made offline. {@code scannedBy} is the organizer or
 * administrator who scanned, {@code deviceId} the check-in device that did: one of the two.
 */
public record CheckIn(
        UUID ticketId,
        UUID bookingId,
        UUID eventId,
        UUID sessionId,
        UUID ticketTypeId,
        UUID seatId,
        String gate,
        UUID scanId,
        Instant checkedInAt,
        boolean offline,
        UUID scannedBy,
        UUID deviceId) {

    public CheckIn {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(ticketTypeId, "ticketTypeId");
        Objects.requireNonNull(seatId, "seatId");
        Objects.requireNonNull(scanId, "scanId");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
        if ((scannedBy == null) == (deviceId == null)) {
            throw new IllegalArgumentException("A ticket is scanned by a person or by a device");
        }
    }

    public static CheckIn of(Ticket ticket, String gate, UUID scanId, Instant scannedAt, boolean offline,
                             Scanner scanner) {
        UUID person = scanner instanceof Scanner.Crew(Actor actor) ? actor.id() : null;
        UUID device = scanner instanceof Scanner.Device(UUID deviceId, UUID eventId) ? deviceId : null;
        return new CheckIn(ticket.id(), ticket.bookingId(), ticket.eventId(), ticket.sessionId(), ticket.ticketTypeId(),
                ticket.seatId(), gate, scanId, scannedAt, offline, person, device);
    }

    /** The announcement of this check-in as its ticket's first admission, recorded at {@code recordedAt}. */
    public TicketAdmitted admitted(Instant recordedAt) {
        return new TicketAdmitted(this, recordedAt);
    }
}
