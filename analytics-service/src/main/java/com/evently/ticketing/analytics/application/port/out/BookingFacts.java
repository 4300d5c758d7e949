package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.BookingRevision;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;

/**
 * Every booking analytics heard of, as it stands now: its line, quantity and status. The inbox stops a redelivered
 * event id; these rules stop the same change announced again under a new id, and announcements that arrive late:
 * <ul>
 *     <li>a confirmation only adds a booking not known yet (a later edit or cancellation already says more);</li>
 *     <li>an edit applies to a standing booking with an older revision only;</li>
 *     <li>a cancellation is final and applies once.</li>
 * </ul>
 * An edit or cancellation of an unknown booking records it as it now stands.
 */
public interface BookingFacts {

    /** {@code false} when the booking was known already, and nothing changed. */
    boolean addConfirmed(ConfirmedBooking booking);

    /** {@code false} when the revision is not newer than the one applied, or the booking is cancelled. */
    boolean applyRevision(BookingRevision revision);

    /** {@code false} when the booking was cancelled already. */
    boolean markCancelled(BookingCancellation cancellation);
}
