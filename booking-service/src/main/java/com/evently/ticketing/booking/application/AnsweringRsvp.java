package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingCancelledConflict;
import com.evently.ticketing.booking.domain.CancellationCause;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.RsvpAnswer;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Instant;

/** The holder of a free booking says whether they come; "not going" gives the seats back like a cancellation. */
public final class AnsweringRsvp {

    static final String NOT_GOING_REASON = "not going";

    private final Transactions transactions;
    private final Bookings bookings;
    private final CancellingBooking cancellingBooking;

    public AnsweringRsvp(Transactions transactions, Bookings bookings, CancellingBooking cancellingBooking) {
        this.transactions = transactions;
        this.bookings = bookings;
        this.cancellingBooking = cancellingBooking;
    }

    /**
     * @throws BookingNotFound          when there is no such booking or it is not the actor's
     * @throws BookingCancelledConflict when it was cancelled (also by an earlier "not going")
     * @throws RsvpNotOfferedConflict   when its ticket type is not free
     * @throws SessionStartedConflict   when its session has started
     */
    public Booking answer(AnswerRsvpCommand command) {
        Booking answered = transactions.inTransaction(() -> {
            Booking booking = bookings.lock(command.bookingId())
                    .filter(found -> found.isVisibleTo(command.actor()))
                    .orElseThrow(() -> new BookingNotFound(command.bookingId()));
            if (booking.isCancelled()) {
                throw new BookingCancelledConflict(booking.id());
            }
            EventSnapshot event = cancellingBooking.eventOf(booking);
            if (!event.ticketType(booking.line().ticketTypeId()).orElseThrow().isFree()) {
                throw new RsvpNotOfferedConflict(booking.id());
            }
            EventSnapshot.Session session = event.session(booking.line().sessionId()).orElseThrow();
            Instant now = cancellingBooking.now();
            if (!now.isBefore(session.startsAt())) {
                throw new SessionStartedConflict(session.id(), session.startsAt());
            }
            if (command.answer() == RsvpAnswer.NOT_GOING) {
                return cancellingBooking.cancelLocked(booking, CancellationCause.RSVP_DECLINED, command.actor().id(),
                        NOT_GOING_REASON, event, now);
            }
            Booking going = booking.answer(command.answer());
            bookings.update(going);
            return going;
        });
        if (command.answer() == RsvpAnswer.NOT_GOING) {
            cancellingBooking.cancelledOnCommit(CancellationCause.RSVP_DECLINED);
        }
        return answered;
    }
}
