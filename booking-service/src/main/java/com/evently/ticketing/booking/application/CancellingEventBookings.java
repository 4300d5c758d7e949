package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingCancelledEvent;
import com.evently.ticketing.booking.domain.CancellationCause;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.platform.domain.Changed;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The second half of an event cancellation: once {@link MarkingEventCancelled} has stopped sales, every confirmed
 * booking of the event is cancelled, one batch per transaction, so that thousands of bookings never make one giant
 * transaction. Each batch takes bookings nobody else holds (SKIP LOCKED): replicas, and a buyer cancelling at the
 * same moment, never work on the same booking, and whatever a crash leaves undone the next sweep finds.
 */
public final class CancellingEventBookings {

    static final String REASON = "event cancelled";

    private final Transactions transactions;
    private final Bookings bookings;
    private final Inventory inventory;
    private final EventSnapshots eventSnapshots;
    private final IntegrationEvents integrationEvents;
    private final ReleasedSeats releasedSeats;
    private final BookingMetrics metrics;
    private final Clock clock;
    private final int batchSize;

    public CancellingEventBookings(Transactions transactions, Bookings bookings, Inventory inventory,
                                   EventSnapshots eventSnapshots, IntegrationEvents integrationEvents,
                                   ReleasedSeats releasedSeats, BookingMetrics metrics, Clock clock,
                                   int batchSize) {
        if (batchSize < 1) {
            throw new InvalidInput("the batch size must be at least 1");
        }
        this.transactions = transactions;
        this.bookings = bookings;
        this.inventory = inventory;
        this.eventSnapshots = eventSnapshots;
        this.integrationEvents = integrationEvents;
        this.releasedSeats = releasedSeats;
        this.metrics = metrics;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Cancels batches until no confirmed booking of a cancelled event is left (or others hold the rest). */
    public int cancelAll() {
        int cancelled = 0;
        int batch;
        while ((batch = cancelNextBatch()) > 0) {
            cancelled += batch;
        }
        return cancelled;
    }

    /** Cancels at most one batch in one transaction; returns how many bookings it cancelled. */
    public int cancelNextBatch() {
        int cancelledBookings = transactions.inTransaction(() -> {
            // Bookings first, lines after, in lock order: the order every other change of a booking takes them in.
            List<Booking> batch = bookings.lockConfirmedOfCancelledEvents(batchSize);
            if (batch.isEmpty()) {
                return 0;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Map<UUID, EventSnapshot> events = new HashMap<>();
            Map<InventoryLineKey, Integer> released = new TreeMap<>(InventoryLineKey.LOCK_ORDER);
            for (Booking booking : batch) {
                EventSnapshot event = events.computeIfAbsent(booking.line().eventId(), eventId -> eventSnapshots.find(eventId)
                        .orElseThrow(() -> new IllegalStateException("bookings without their event " + eventId)));
                Changed<Booking, BookingCancelledEvent> cancelled =
                        booking.cancel(CancellationCause.EVENT_CANCELLED, null, REASON, event, now);
                bookings.update(cancelled.aggregate());
                integrationEvents.bookingCancelled(cancelled.event());
                released.merge(booking.line(), booking.quantity(), Integer::sum);
            }
            // The lines last, in lock order, so that buyers queueing on them wait only for the release itself.
            Map<InventoryLineKey, InventoryLine> lines = new HashMap<>();
            released.keySet().forEach(key -> lines.put(key, inventory.lockLine(key)
                    .orElseThrow(() -> new IllegalStateException("bookings without their line " + key))));
            released.forEach((key, seats) -> {
                inventory.update(lines.get(key).release(seats));
                releasedSeats.releasedOn(key);
            });
            return batch.size();
        });
        if (cancelledBookings > 0) {
            metrics.bookingsCancelled(CancellationCause.EVENT_CANCELLED, cancelledBookings);
        }
        return cancelledBookings;
    }
}
