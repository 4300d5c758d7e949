package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingCancelledConflict;
import com.evently.ticketing.booking.domain.BookingCancelledEvent;
import com.evently.ticketing.booking.domain.CancellationCause;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A buyer (or an admin for them) gives a booking up. Its seats go back exactly once: the booking row is locked
 * first and its status read under that lock, so of two cancellations racing for it the second waits and then
 * finds it cancelled.
 */
public final class CancellingBooking {

    private final Transactions transactions;
    private final Bookings bookings;
    private final Inventory inventory;
    private final EventSnapshots eventSnapshots;
    private final IntegrationEvents integrationEvents;
    private final ReleasedSeats releasedSeats;
    private final BookingMetrics metrics;
    private final Clock clock;

    public CancellingBooking(Transactions transactions, Bookings bookings, Inventory inventory,
                             EventSnapshots eventSnapshots, IntegrationEvents integrationEvents,
                             ReleasedSeats releasedSeats, BookingMetrics metrics, Clock clock) {
        this.transactions = transactions;
        this.bookings = bookings;
        this.inventory = inventory;
        this.eventSnapshots = eventSnapshots;
        this.integrationEvents = integrationEvents;
        this.releasedSeats = releasedSeats;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * @throws BookingNotFound             when there is no such booking or it is not the actor's
     * @throws BookingCancelledConflict    when it was cancelled already
     * @throws CancellationClosedConflict  when the event's cut-off before the session has passed
     */
    public Booking cancel(CancelBookingCommand command) {
        Booking cancelled = transactions.inTransaction(() -> {
            Booking booking = bookings.lock(command.bookingId())
                    .filter(found -> found.isVisibleTo(command.actor()))
                    .orElseThrow(() -> new BookingNotFound(command.bookingId()));
            if (booking.isCancelled()) {
                throw new BookingCancelledConflict(booking.id());
            }
            EventSnapshot event = eventOf(booking);
            Instant now = now();
            Instant closesAt = eventSnapshots.cancellationCutoffOf(event.eventId())
                    .closesAt(event.session(booking.line().sessionId()).orElseThrow());
            if (!now.isBefore(closesAt)) {
                throw new CancellationClosedConflict(closesAt);
            }
            return cancelLocked(booking, causeOf(booking, command), command.actor().id(), command.reason(), event, now);
        });
        // Counted once committed: the transaction may have run more than once.
        metrics.bookingsCancelled(causeOf(cancelled, command), 1);
        return cancelled;
    }

    private static CancellationCause causeOf(Booking booking, CancelBookingCommand command) {
        return booking.buyer().userId().equals(command.actor().id()) ? CancellationCause.BUYER : CancellationCause.ADMIN;
    }

    /** For the use cases that cancel through {@link #cancelLocked}, once their transaction committed. */
    void cancelledOnCommit(CancellationCause cause) {
        metrics.bookingsCancelled(cause, 1);
    }

    /**
     * Cancels a booking this transaction has locked and found confirmed: stores it cancelled, takes its line, gives
     * the seats back, and tells the waiting list while the line is still held.
     */
    Booking cancelLocked(Booking booking, CancellationCause cause, UUID actor, String reason, EventSnapshot event,
                         Instant now) {
        // The booking first: it is locked already, and the line, which every booking of it queues on, is then held
        // only for the release itself. (Only the status changes: no foreign key check touches the line before its lock.)
        Changed<Booking, BookingCancelledEvent> cancelled = booking.cancel(cause, actor, reason, event, now);
        bookings.update(cancelled.aggregate());
        integrationEvents.bookingCancelled(cancelled.event());
        InventoryLine line = inventory.lockLine(booking.line())
                .orElseThrow(() -> new IllegalStateException("booking " + booking.id() + " without its line"));
        inventory.update(line.release(booking.quantity()));
        releasedSeats.releasedOn(booking.line());
        return cancelled.aggregate();
    }

    EventSnapshot eventOf(Booking booking) {
        return eventSnapshots.find(booking.line().eventId())
                .orElseThrow(() -> new IllegalStateException("booking " + booking.id() + " without its event"));
    }

    /** PostgreSQL keeps microseconds: what is answered now is what is read back later. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
