package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.Feedbacks;
import com.evently.ticketing.booking.application.port.out.SeatHolders;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Whoever holds a ticket of a confirmed booking — its buyer, or somebody a ticket was transferred to — rates its
 * session, once each, after it ended.
 */
public final class GivingFeedback {

    private final Transactions transactions;
    private final Bookings bookings;
    private final EventSnapshots eventSnapshots;
    private final Feedbacks feedbacks;
    private final SeatHolders seatHolders;
    private final Clock clock;

    public GivingFeedback(Transactions transactions, Bookings bookings, EventSnapshots eventSnapshots,
                          Feedbacks feedbacks, SeatHolders seatHolders, Clock clock) {
        this.transactions = transactions;
        this.bookings = bookings;
        this.eventSnapshots = eventSnapshots;
        this.feedbacks = feedbacks;
        this.seatHolders = seatHolders;
        this.clock = clock;
    }

    /**
     * @throws BookingNotFound              when there is no such booking or the caller holds none of its seats (admins
     *                                      included: feedback is the attendee's own word)
     * @throws FeedbackNotOpenConflict      when the booking is not confirmed or its session has not ended yet
     * @throws FeedbackAlreadyGivenConflict when the caller already rated this booking
     */
    public Feedback give(GiveFeedbackCommand command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transactions.inTransaction(() -> {
            Booking booking = bookings.find(command.bookingId())
                    .filter(found -> seatHolders.holdsASeatOf(found.id(), command.email(),
                            found.buyer().userId().equals(command.userId())))
                    .orElseThrow(() -> new BookingNotFound(command.bookingId()));
            if (booking.status() != BookingStatus.CONFIRMED) {
                throw new FeedbackNotOpenConflict("Only a confirmed booking can be rated; this one is " + booking.status());
            }
            Instant sessionEnd = eventSnapshots.find(booking.line().eventId())
                    .flatMap(event -> event.session(booking.line().sessionId()))
                    .map(EventSnapshot.Session::endsAt)
                    .orElseThrow(() -> new IllegalStateException("booking without its session: " + booking.id()));
            if (now.isBefore(sessionEnd)) {
                throw new FeedbackNotOpenConflict("Feedback opens when the session ends, at " + sessionEnd);
            }
            Feedback feedback = new Feedback(booking.id(), booking.line(), command.userId(), command.rating(),
                    command.comment(), now);
            // The store's key (booking, author) decides "once": of two concurrent first attempts exactly one is added.
            if (!feedbacks.addIfAbsent(feedback)) {
                throw new FeedbackAlreadyGivenConflict(booking.id());
            }
            return feedback;
        });
    }
}
