package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.IdempotencyKeys;
import com.evently.ticketing.booking.application.port.out.IdempotencyKeys.KeyClaim;
import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingCancelledConflict;
import com.evently.ticketing.booking.domain.BookingChangedEvent;
import com.evently.ticketing.booking.domain.EventSnapshot;
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
import java.util.Map;
import java.util.TreeMap;

/**
 * Moves a booking to another quantity, session or ticket type in one transaction: lock the booking, then the old
 * and the new line in {@link InventoryLineKey#LOCK_ORDER} (two edits moving seats between the same two lines in
 * opposite directions take them in the same order and cannot deadlock), give back and take seats, store the booking
 * and its BookingChanged.
 */
public final class EditingBooking {

    private final Transactions transactions;
    private final IdempotencyKeys idempotencyKeys;
    private final Bookings bookings;
    private final Inventory inventory;
    private final EventSnapshots eventSnapshots;
    private final CancelledEvents cancelledEvents;
    private final CompletedEvents completedEvents;
    private final IntegrationEvents integrationEvents;
    private final ReleasedSeats releasedSeats;
    private final SeatLimit seatLimit;
    private final UserSeatLimit userSeatLimit;
    private final BookingMetrics metrics;
    private final Clock clock;

    public EditingBooking(Transactions transactions, IdempotencyKeys idempotencyKeys, Bookings bookings,
                          Inventory inventory, EventSnapshots eventSnapshots, CancelledEvents cancelledEvents,
                          CompletedEvents completedEvents,
                          IntegrationEvents integrationEvents, ReleasedSeats releasedSeats, SeatLimit seatLimit,
                          UserSeatLimit userSeatLimit, BookingMetrics metrics, Clock clock) {
        this.transactions = transactions;
        this.idempotencyKeys = idempotencyKeys;
        this.bookings = bookings;
        this.inventory = inventory;
        this.eventSnapshots = eventSnapshots;
        this.cancelledEvents = cancelledEvents;
        this.completedEvents = completedEvents;
        this.integrationEvents = integrationEvents;
        this.releasedSeats = releasedSeats;
        this.seatLimit = seatLimit;
        this.userSeatLimit = userSeatLimit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * @throws BookingNotFound          when there is no such booking or it is not the actor's
     * @throws BookingCancelledConflict when the booking was cancelled
     * @throws InventoryLineNotFound    when the event sells no such session or ticket type
     * @throws SessionStartedConflict   when the booking's session or the new one has started
     * @throws EventCancelledConflict   when the event was cancelled
     * @throws SoldOutConflict          when the new line has too few seats left
     * @throws TooManySeats             when one booking would hold more seats than allowed
     * @throws SeatLimitConflict        when the buyer would hold more seats of the line than allowed
     * @throws IdempotencyKeyReused     when the key was already used for a different request
     */
    public EditedBooking edit(EditBookingCommand command) {
        if (command.quantity() != null) {
            seatLimit.check(command.quantity());
        }
        EditedBooking edited = transactions.inTransaction(() -> {
            RequestFingerprint fingerprint = command.fingerprint();
            KeyClaim claim = idempotencyKeys.claim(command.actor().id(), command.idempotencyKey(), fingerprint,
                    command.bookingId());
            return switch (claim) {
                case KeyClaim.Claimed ignored -> editLocked(command);
                case KeyClaim.AlreadyClaimed earlier -> replay(earlier, fingerprint, command);
            };
        });
        if (edited instanceof EditedBooking.Edited) {
            metrics.bookingEdited();
        }
        return edited;
    }

    private EditedBooking editLocked(EditBookingCommand command) {
        Booking booking = bookings.lock(command.bookingId())
                .filter(found -> found.isVisibleTo(command.actor()))
                .orElseThrow(() -> new BookingNotFound(command.bookingId()));
        if (booking.isCancelled()) {
            throw new BookingCancelledConflict(booking.id());
        }
        InventoryLineKey from = booking.line();
        InventoryLineKey to = new InventoryLineKey(from.eventId(),
                command.sessionId() == null ? from.sessionId() : command.sessionId(),
                command.ticketTypeId() == null ? from.ticketTypeId() : command.ticketTypeId());
        int quantity = command.quantity() == null ? booking.quantity() : command.quantity();
        if (to.equals(from) && quantity == booking.quantity()) {
            return new EditedBooking.Unchanged(booking);
        }
        EventSnapshot event = eventSnapshots.find(from.eventId())
                .orElseThrow(() -> new IllegalStateException("booking " + booking.id() + " without its event"));
        EventSnapshot.Session newSession = event.session(to.sessionId()).orElseThrow(() -> new InventoryLineNotFound(to));
        event.ticketType(to.ticketTypeId()).orElseThrow(() -> new InventoryLineNotFound(to));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        refuseStarted(event.session(from.sessionId()).orElseThrow(), now);
        refuseStarted(newSession, now);

        // Stored before the lines are taken, so that every other edit, cancellation and booking of these lines,
        // which queue on them, waits only for the seat counts below. The booking itself is locked already, and any
        // refusal further down rolls this back. (Line locks do not block the share lock that moving the booking to
        // another line takes on it through the foreign key: see Inventory#lockLine.)
        Changed<Booking, BookingChangedEvent> changed = booking.change(to, quantity, command.actor().id(), event, now);
        bookings.update(changed.aggregate());
        integrationEvents.bookingChanged(changed.event());

        Map<InventoryLineKey, InventoryLine> lines = lockInOrder(from, to);
        // Asked under the lines' locks, for the reason PlacingBooking gives.
        cancelledEvents.find(from.eventId()).ifPresent(cancellation -> {
            throw new EventCancelledConflict(cancellation);
        });
        completedEvents.find(from.eventId()).ifPresent(completion -> {
            throw new EventCompletedConflict(completion);
        });
        int added = to.equals(from) ? quantity - booking.quantity() : quantity;
        // A retired ticket type sells no more seats; a booking of it may still shrink.
        if (added > 0 && lines.get(to).retired()) {
            throw new TicketTypeRetiredConflict(to);
        }
        // Counted under the new line's lock, with this booking already moved there: the buyer's seats of that line
        // before the edit are that count less what the edit adds.
        userSeatLimit.check(lines.get(to), bookings.seatsHeldBy(booking.buyer().userId(), to) - added, added);
        if (to.equals(from)) {
            InventoryLine line = lines.get(to);
            inventory.update(added > 0 ? line.reserve(added) : line.release(-added));
        } else {
            InventoryLine taken = lines.get(to).reserve(quantity);
            inventory.update(lines.get(from).release(booking.quantity()));
            inventory.update(taken);
        }
        if (!changed.event().released().isEmpty()) {
            releasedSeats.releasedOn(from);
        }
        return new EditedBooking.Edited(changed.aggregate());
    }

    private Map<InventoryLineKey, InventoryLine> lockInOrder(InventoryLineKey from, InventoryLineKey to) {
        Map<InventoryLineKey, InventoryLine> lines = new TreeMap<>(InventoryLineKey.LOCK_ORDER);
        lines.put(from, null);
        lines.put(to, null);
        lines.replaceAll((key, none) -> inventory.lockLine(key).orElseThrow(() -> new InventoryLineNotFound(key)));
        return lines;
    }

    private static void refuseStarted(EventSnapshot.Session session, Instant now) {
        if (!now.isBefore(session.startsAt())) {
            throw new SessionStartedConflict(session.id(), session.startsAt());
        }
    }

    private EditedBooking replay(KeyClaim.AlreadyClaimed earlier, RequestFingerprint fingerprint,
                                 EditBookingCommand command) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused();
        }
        Booking booking = bookings.find(command.bookingId())
                .filter(found -> found.isVisibleTo(command.actor()))
                .orElseThrow(() -> new BookingNotFound(command.bookingId()));
        return new EditedBooking.Replayed(booking);
    }
}
