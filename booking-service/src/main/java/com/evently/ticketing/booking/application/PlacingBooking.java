package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.IdempotencyKeys;
import com.evently.ticketing.booking.application.port.out.IdempotencyKeys.KeyClaim;
import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.LineAdmission;
import com.evently.ticketing.booking.application.port.out.LineBusy;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingConfirmedEvent;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.EventCancellation;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.HeldSeats;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.RequestFingerprint;
import com.evently.ticketing.booking.domain.SeatLimit;
import com.evently.ticketing.booking.domain.SeatLimitConflict;
import com.evently.ticketing.booking.domain.SoldOutConflict;
import com.evently.ticketing.booking.domain.TooManySeats;
import com.evently.ticketing.booking.domain.UserSeatLimit;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The booking critical section (docs/architecture.md#booking-critical-section). In one transaction: claim the idempotency key, hold
 * a bucket of the inventory line with enough seats (or all of them), refuse a cancelled event, take the seats, store
 * the booking and its BookingConfirmed event. Any failure rolls all of it back, so
 * {@code available = capacity - confirmed seats} holds whatever happens.
 * <p>
 * A hot line is kept from collapsing into a lock convoy three ways: a line that was sold out when last committed is
 * answered without taking a lock or a turn; at most a few sales of one line run at once in this process
 * ({@link LineAdmission}); and those that run lock different buckets of the line.
 */
public final class PlacingBooking {

    private final Transactions transactions;
    private final IdempotencyKeys idempotencyKeys;
    private final Inventory inventory;
    private final Bookings bookings;
    private final EventSnapshots eventSnapshots;
    private final CancelledEvents cancelledEvents;
    private final CompletedEvents completedEvents;
    private final IntegrationEvents integrationEvents;
    private final LineAdmission admission;
    private final BookingMetrics metrics;
    private final SeatLimit seatLimit;
    private final UserSeatLimit userSeatLimit;
    private final Clock clock;

    public PlacingBooking(Transactions transactions, IdempotencyKeys idempotencyKeys, Inventory inventory,
                          Bookings bookings, EventSnapshots eventSnapshots, CancelledEvents cancelledEvents,
                          CompletedEvents completedEvents,
                          IntegrationEvents integrationEvents, LineAdmission admission, BookingMetrics metrics,
                          SeatLimit seatLimit, UserSeatLimit userSeatLimit, Clock clock) {
        this.transactions = transactions;
        this.idempotencyKeys = idempotencyKeys;
        this.inventory = inventory;
        this.bookings = bookings;
        this.eventSnapshots = eventSnapshots;
        this.cancelledEvents = cancelledEvents;
        this.completedEvents = completedEvents;
        this.integrationEvents = integrationEvents;
        this.admission = admission;
        this.metrics = metrics;
        this.seatLimit = seatLimit;
        this.userSeatLimit = userSeatLimit;
        this.clock = clock;
    }

    /**
     * Sells seats of one inventory line to the caller, at most once per idempotency key.
     *
     * @throws SoldOutConflict        when the line has fewer seats left than asked for
     * @throws TooManySeats           when one booking asks for more seats than allowed
     * @throws SeatLimitConflict      when the buyer would hold more seats of the line than one user may
     * @throws InventoryLineNotFound  when the event does not sell that session and ticket type
     * @throws EventCancelledConflict when the event was cancelled (decided while holding the line, see below)
     * @throws EventCompletedConflict when the event is completed (decided like a cancellation)
     * @throws TicketTypeRetiredConflict when the catalog retired the ticket type (decided while holding the line)
     * @throws IdempotencyKeyReused   when the key was already used for a different request
     * @throws LineBusy               when too many sales of the line are running in this process; nothing was stored
     */
    public PlacedBooking place(PlaceBookingCommand command) {
        seatLimit.check(command.quantity());
        PlacedBooking placed;
        try {
            // A line sold out as last committed needs no turn: the transaction answers it (or replays the key)
            // before it takes any lock.
            placed = soldOutAsCommitted(command.line(), command.quantity())
                    ? transactions.inTransaction(() -> confirmOrReplay(command, true))
                    : withATurn(command);
        } catch (SoldOutConflict soldOut) {
            metrics.soldOutRejected();
            throw soldOut;
        }
        if (placed instanceof PlacedBooking.Confirmed confirmed) {
            metrics.bookingConfirmed(confirmed.booking().quantity());
        }
        return placed;
    }

    private PlacedBooking withATurn(PlaceBookingCommand command) {
        try {
            return admission.admit(command.line(),
                    () -> transactions.inTransaction(() -> confirmOrReplay(command, false)));
        } catch (LineBusy busy) {
            // The line may have sold out while this sale waited for its turn: that answer needs none, and a buyer
            // told "sold out" does not retry the way one told "busy" does.
            if (soldOutAsCommitted(command.line(), command.quantity())) {
                return transactions.inTransaction(() -> confirmOrReplay(command, true));
            }
            throw busy;
        }
    }

    /**
     * @param soldOutAsCommitted the unlocked read before the transaction found too few seats: once the key is
     *                           claimed (a replay still answers what the first call did), that is answered without
     *                           a lock; a sale that found seats goes straight to the locked check
     */
    private PlacedBooking confirmOrReplay(PlaceBookingCommand command, boolean soldOutAsCommitted) {
        // A fresh id per attempt: a retried transaction must not reuse anything from the one that was aborted.
        BookingId bookingId = BookingId.random();
        RequestFingerprint fingerprint = command.fingerprint();
        KeyClaim claim = idempotencyKeys.claim(command.buyer().userId(), command.idempotencyKey(), fingerprint, bookingId);
        return switch (claim) {
            case KeyClaim.Claimed ignored -> {
                if (soldOutAsCommitted) {
                    refuseSoldOutAsCommitted(command);
                }
                yield new PlacedBooking.Confirmed(confirm(bookingId, command));
            }
            case KeyClaim.AlreadyClaimed earlier -> replay(earlier, fingerprint);
        };
    }

    private Booking confirm(BookingId bookingId, PlaceBookingCommand command) {
        // Read before the lock: every booking of this line queues on it, so the critical section stays as short
        // as the seat count needs. The snapshot only feeds the BookingConfirmed payload.
        Optional<EventSnapshot> event = eventSnapshots.find(command.line().eventId());
        // Before any bucket: parallel sales of one buyer hold different buckets, and must still count each other.
        bookings.lockSeatsHeldBy(command.buyer().userId(), command.line());
        HeldSeats seats = inventory.holdSeats(command.line(), command.quantity())
                .orElseThrow(() -> new InventoryLineNotFound(command.line()));
        // Asked only now, while this transaction holds the line. A cancellation locks every line of its event
        // before it commits (MarkingEventCancelled): either it waited for this booking, which then comes before
        // it, or it committed before the lock was granted here, and this read, a new statement under READ
        // COMMITTED, sees it. Asked before the lock, a booking could read "on sale", queue behind the
        // cancellation and sell seats after it.
        Optional<EventCancellation> cancellation = cancelledEvents.find(command.line().eventId());
        if (cancellation.isPresent()) {
            throw new EventCancelledConflict(cancellation.get());
        }
        completedEvents.find(command.line().eventId()).ifPresent(completion -> {
            throw new EventCompletedConflict(completion);
        });
        if (seats.retired()) {
            throw new TicketTypeRetiredConflict(command.line());
        }
        // Counted under the buyer's lock: parallel bookings of one buyer queue there and each sees the one before.
        userSeatLimit.check(seats, bookings.seatsHeldBy(command.buyer().userId(), command.line()), command.quantity());
        // The held buckets decide: the read before the lock only ever answers "sold out".
        inventory.store(command.line(), seats.take(command.quantity()));

        EventSnapshot snapshot = event
                .orElseThrow(() -> new IllegalStateException("inventory line without its event: " + command.line()));
        // PostgreSQL keeps microseconds: truncating now makes a replay answer exactly what the first call did.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Changed<Booking, BookingConfirmedEvent> confirmed =
                Booking.confirm(bookingId, command.buyer(), command.line(), command.quantity(), snapshot, now);
        bookings.add(confirmed.aggregate());
        integrationEvents.bookingConfirmed(confirmed.event());
        return confirmed.aggregate();
    }

    private boolean soldOutAsCommitted(InventoryLineKey line, int quantity) {
        return inventory.readLine(line).map(committed -> committed.available() < quantity).orElse(true);
    }

    /**
     * Answers "sold out" from the line as last committed, without waiting for it: that was the line's state an
     * instant ago, and seats given back since are a race this request would have lost had it come that instant
     * earlier. A "yes" proves nothing and goes on to the locked check. A cancellation, completion or retirement is
     * final once committed, so it is answered first, as the locked path would.
     */
    private void refuseSoldOutAsCommitted(PlaceBookingCommand command) {
        InventoryLine committed = inventory.readLine(command.line())
                .orElseThrow(() -> new InventoryLineNotFound(command.line()));
        if (committed.available() >= command.quantity()) {
            return;
        }
        cancelledEvents.find(command.line().eventId()).ifPresent(cancellation -> {
            throw new EventCancelledConflict(cancellation);
        });
        completedEvents.find(command.line().eventId()).ifPresent(completion -> {
            throw new EventCompletedConflict(completion);
        });
        if (committed.retired()) {
            throw new TicketTypeRetiredConflict(command.line());
        }
        throw new SoldOutConflict(command.line(), command.quantity(), committed.available());
    }

    private PlacedBooking replay(KeyClaim.AlreadyClaimed earlier, RequestFingerprint fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused();
        }
        Booking booking = bookings.find(earlier.bookingId())
                .orElseThrow(() -> new IllegalStateException("idempotency key without its booking " + earlier.bookingId()));
        return new PlacedBooking.Replayed(booking);
    }
}
