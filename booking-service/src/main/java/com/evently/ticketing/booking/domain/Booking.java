package com.evently.ticketing.booking.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.InvalidInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Seats of one inventory line sold to one buyer; every seat has an id of its own. {@code revision} counts the
 * changes made to it after it was confirmed; {@code rsvp} is the holder's answer, for free ticket types only;
 * {@code history} lists its status changes, oldest first.
 */
public record Booking(
        BookingId id,
        Buyer buyer,
        InventoryLineKey line,
        int quantity,
        BookingStatus status,
        List<SeatId> seats,
        Instant createdAt,
        int revision,
        RsvpAnswer rsvp,
        List<BookingStatusChange> history) {

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        seats = List.copyOf(seats);
        history = List.copyOf(history);
        if (quantity < 1 || seats.size() != quantity) {
            throw new InvalidInput("a booking of " + quantity + " seat(s) must carry as many seat ids, had " + seats.size());
        }
        if (revision < 0) {
            throw new InvalidInput("a booking's revision starts at 0, was " + revision);
        }
    }

    /**
     * A confirmed booking of {@code quantity} new seats, with the {@link BookingConfirmedEvent} it causes: call it
     * only after the line gave up those seats. {@code event} is the catalog's snapshot of the event it is for.
     */
    public static Changed<Booking, BookingConfirmedEvent> confirm(BookingId id, Buyer buyer, InventoryLineKey line,
                                                                  int quantity, EventSnapshot event, Instant createdAt) {
        List<SeatId> seats = newSeats(quantity);
        Booking booking = new Booking(id, buyer, line, quantity, BookingStatus.CONFIRMED, seats, createdAt, 0, null,
                List.of(new BookingStatusChange(BookingStatusChange.Kind.CONFIRMED, createdAt, buyer.userId(), null)));
        return new Changed<>(booking, new BookingConfirmedEvent(booking, event, createdAt));
    }

    /**
     * This booking moved to {@code newLine} with {@code newQuantity} seats: call it only after the old line took back
     * the released seats and the new line gave up the added ones. Seats that stay on the same line keep their ids
     * (the first ones, when fewer are kept); a seat of another session or ticket type is another seat, with a new id.
     *
     * @throws BookingCancelledConflict when the booking was cancelled
     */
    public Changed<Booking, BookingChangedEvent> change(InventoryLineKey newLine, int newQuantity, UUID actor,
                                                        EventSnapshot event, Instant now) {
        requireConfirmed();
        if (!newLine.eventId().equals(line.eventId())) {
            throw new InvalidInput("a booking cannot move to another event");
        }
        int kept = newLine.equals(line) ? Math.min(quantity, newQuantity) : 0;
        List<SeatId> released = seats.subList(kept, quantity);
        List<SeatId> added = newSeats(newQuantity - kept);
        List<SeatId> newSeats = Stream.concat(seats.subList(0, kept).stream(), added.stream()).toList();
        Booking changed = new Booking(id, buyer, newLine, newQuantity, status, newSeats, createdAt, revision + 1, rsvp,
                appended(new BookingStatusChange(BookingStatusChange.Kind.CHANGED, now, actor, null)));
        return new Changed<>(changed, new BookingChangedEvent(this, changed, released, added, event, actor, now));
    }

    /**
     * This booking, cancelled: call it only after its line took its seats back.
     *
     * @param actor  the user who cancelled it, null when the system did
     * @throws BookingCancelledConflict when it was cancelled already
     */
    public Changed<Booking, BookingCancelledEvent> cancel(CancellationCause cause, UUID actor, String reason,
                                                          EventSnapshot event, Instant now) {
        requireConfirmed();
        RsvpAnswer answer = cause == CancellationCause.RSVP_DECLINED ? RsvpAnswer.NOT_GOING : rsvp;
        Booking cancelled = new Booking(id, buyer, line, quantity, BookingStatus.CANCELLED, seats, createdAt, revision,
                answer, appended(new BookingStatusChange(BookingStatusChange.Kind.CANCELLED, now, actor, reason)));
        return new Changed<>(cancelled, new BookingCancelledEvent(cancelled, cause, reason, actor, event, now));
    }

    /**
     * This booking with the holder's new answer. "Not going" gives the seats back, so it is a cancellation
     * ({@link #cancel}), never an answer stored here.
     */
    public Booking answer(RsvpAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        if (answer == RsvpAnswer.NOT_GOING) {
            throw new IllegalArgumentException("NOT_GOING cancels the booking");
        }
        requireConfirmed();
        return new Booking(id, buyer, line, quantity, status, seats, createdAt, revision, answer, history);
    }

    /** The buyer sees their own bookings, an admin sees all; to anybody else the booking does not exist. */
    public boolean isVisibleTo(Caller actor) {
        return actor.isAdmin() || buyer.userId().equals(actor.id());
    }

    public boolean isCancelled() {
        return status == BookingStatus.CANCELLED;
    }

    private void requireConfirmed() {
        if (isCancelled()) {
            throw new BookingCancelledConflict(id);
        }
    }

    private List<BookingStatusChange> appended(BookingStatusChange change) {
        List<BookingStatusChange> longer = new ArrayList<>(history);
        longer.add(change);
        return longer;
    }

    private static List<SeatId> newSeats(int count) {
        return Stream.generate(SeatId::random).limit(count).toList();
    }
}
