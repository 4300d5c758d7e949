package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.BookingFacts;
import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.BookingRevision;
import com.evently.ticketing.analytics.domain.CancellationCause;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** {@link BookingFacts} in a map, with the table's rules. */
final class InMemoryBookingFacts implements BookingFacts {

    /** A booking as stored; {@code cause} is null while it stands. */
    record Fact(UUID eventId, BookingLine line, int revision, CancellationCause cause) {

        boolean isCancelled() {
            return cause != null;
        }
    }

    private final Map<UUID, Fact> facts = new HashMap<>();

    @Override
    public boolean addConfirmed(ConfirmedBooking booking) {
        return facts.putIfAbsent(booking.bookingId(), new Fact(booking.eventId(), booking.line(), 0, null)) == null;
    }

    @Override
    public boolean applyRevision(BookingRevision revision) {
        Fact known = facts.get(revision.bookingId());
        if (known != null && (known.isCancelled() || known.revision() >= revision.revision())) {
            return false;
        }
        facts.put(revision.bookingId(), new Fact(revision.eventId(), revision.line(), revision.revision(), null));
        return true;
    }

    @Override
    public boolean markCancelled(BookingCancellation cancellation) {
        Fact known = facts.get(cancellation.bookingId());
        if (known != null && known.isCancelled()) {
            return false;
        }
        facts.put(cancellation.bookingId(), new Fact(cancellation.eventId(), cancellation.line(),
                known == null ? 0 : known.revision(), cancellation.cause()));
        return true;
    }

    Collection<Fact> all() {
        return facts.values();
    }
}
