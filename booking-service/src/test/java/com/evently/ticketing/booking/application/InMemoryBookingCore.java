package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.BookingMetrics;
import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.IdempotencyKeys;
import com.evently.ticketing.booking.application.port.out.IntegrationEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.LineAdmission;
import com.evently.ticketing.booking.application.port.out.LineBusy;
import com.evently.ticketing.booking.domain.Booking;
import com.evently.ticketing.booking.domain.BookingCancelledEvent;
import com.evently.ticketing.booking.domain.BookingChangedEvent;
import com.evently.ticketing.booking.domain.BookingConfirmedEvent;
import com.evently.ticketing.booking.domain.BookingPage;
import com.evently.ticketing.booking.domain.BookingSearch;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.CancellationCause;
import com.evently.ticketing.booking.domain.CancellationCutoff;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.EventCancellation;
import com.evently.ticketing.booking.domain.EventCompletion;
import com.evently.ticketing.booking.domain.EventRevision;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.booking.domain.HeldSeats;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.SeatBucket;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.booking.domain.RequestFingerprint;
import com.evently.ticketing.booking.domain.SeatLimit;
import com.evently.ticketing.booking.domain.UserSeatLimit;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * booking's use cases wired to in-memory fakes of every outbound port: fast tests of the core's branches without
 * Spring, PostgreSQL or Kafka. The fake transactions roll back as the database would: a use case that throws
 * leaves the stores as they were, so "nothing was stored" can be asserted here too. Locking is not modelled
 * (one thread); the full-stack tests cover it.
 */
final class InMemoryBookingCore {

    /** Microseconds and a stray nanosecond, so that tests see what the use case keeps of the clock. */
    static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456789Z");
    static final int MAX_SEATS_PER_BOOKING = 10;
    static final int MAX_SEATS_PER_USER = 12;

    /** What the fakes were asked to do, in order, where the order is part of the contract. */
    final List<String> journal = new ArrayList<>();
    final InMemoryInventory inventory = new InMemoryInventory();
    final InMemoryBookings bookings = new InMemoryBookings();
    final InMemoryEventSnapshots eventSnapshots = new InMemoryEventSnapshots();
    final InMemoryCancelledEvents cancelledEvents = new InMemoryCancelledEvents();
    final InMemoryCompletedEvents completedEvents = new InMemoryCompletedEvents();
    final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    final RecordedIntegrationEvents integrationEvents = new RecordedIntegrationEvents();
    final CountedMetrics metrics = new CountedMetrics();
    /** The lines the waiting list was told about, in order. */
    final List<InventoryLineKey> releasedLines = new ArrayList<>();
    final RollingBackTransactions transactions = new RollingBackTransactions(
            List.of(inventory, bookings, eventSnapshots, cancelledEvents, completedEvents, idempotencyKeys,
                    integrationEvents));
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** Admits every sale, counting them; {@link #linesBusy} makes it refuse instead. */
    final CountingAdmission admission = new CountingAdmission();

    static final class CountingAdmission implements LineAdmission {

        final List<InventoryLineKey> admitted = new ArrayList<>();
        boolean linesBusy;
        /** What other buyers do while a refused sale waits for its turn. */
        Runnable meanwhile = () -> { };

        @Override
        public <T> T admit(InventoryLineKey line, Supplier<T> sale) {
            if (linesBusy) {
                meanwhile.run();
                throw new LineBusy(line);
            }
            admitted.add(line);
            return sale.get();
        }
    }

    PlacingBooking placingBooking() {
        return new PlacingBooking(transactions, idempotencyKeys, inventory, bookings, eventSnapshots, cancelledEvents,
                completedEvents,
                integrationEvents, admission, metrics, new SeatLimit(MAX_SEATS_PER_BOOKING),
                new UserSeatLimit(MAX_SEATS_PER_USER), clock);
    }

    EditingBooking editingBooking() {
        return new EditingBooking(transactions, idempotencyKeys, bookings, inventory, eventSnapshots, cancelledEvents,
                completedEvents,
                integrationEvents, releasedSeats(), new SeatLimit(MAX_SEATS_PER_BOOKING),
                new UserSeatLimit(MAX_SEATS_PER_USER), metrics, clock);
    }

    CancellingBooking cancellingBooking() {
        return new CancellingBooking(transactions, bookings, inventory, eventSnapshots, integrationEvents,
                releasedSeats(), metrics, clock);
    }

    AnsweringRsvp answeringRsvp() {
        return new AnsweringRsvp(transactions, bookings, cancellingBooking());
    }

    ListingBookings listingBookings() {
        return new ListingBookings(bookings, clock);
    }

    CancellingEventBookings cancellingEventBookings(int batchSize) {
        return new CancellingEventBookings(transactions, bookings, inventory, eventSnapshots, integrationEvents,
                releasedSeats(), metrics, clock, batchSize);
    }

    /** Records the line, and that it was told after the line was stored: the journal shows the order. */
    private ReleasedSeats releasedSeats() {
        return line -> {
            journal.add("released seats on " + line.ticketTypeId());
            releasedLines.add(line);
        };
    }

    StockingInventory stockingInventory() {
        return new StockingInventory(transactions, eventSnapshots, inventory);
    }

    RevisingEventDetails revisingEventDetails() {
        return new RevisingEventDetails(transactions, eventSnapshots);
    }

    MarkingEventCancelled markingEventCancelled() {
        return new MarkingEventCancelled(transactions, inventory, cancelledEvents);
    }

    MarkingEventCompleted markingEventCompleted() {
        return new MarkingEventCompleted(transactions, inventory, completedEvents);
    }

    ChangingCapacity changingCapacity() {
        return new ChangingCapacity(transactions, inventory, releasedSeats());
    }

    ExtendingInventory extendingInventory() {
        return new ExtendingInventory(transactions, eventSnapshots, inventory);
    }

    RetiringTicketType retiringTicketType() {
        return new RetiringTicketType(transactions, inventory);
    }

    ViewingAvailability viewingAvailability() {
        return new ViewingAvailability(inventory, cancelledEvents, completedEvents);
    }

    ViewingBooking viewingBooking() {
        return new ViewingBooking(bookings);
    }

    /** A fake's state that a rolled-back transaction restores. */
    interface RollsBack {

        /** Remembers the current state; running the result puts it back. */
        Runnable checkpoint();
    }

    /** Runs the work at once; when it throws, every store is put back as it was before the outermost transaction. */
    static final class RollingBackTransactions implements Transactions {

        private final List<RollsBack> stores;
        private int depth;
        int committed;
        int rolledBack;

        RollingBackTransactions(List<RollsBack> stores) {
            this.stores = stores;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (depth > 0) {
                return work.get();
            }
            List<Runnable> restore = stores.stream().map(RollsBack::checkpoint).toList();
            depth++;
            try {
                T result = work.get();
                committed++;
                return result;
            } catch (RuntimeException failure) {
                restore.forEach(Runnable::run);
                rolledBack++;
                throw failure;
            } finally {
                depth--;
            }
        }
    }

    /** A map of rows that a rollback restores. */
    abstract static class InMemoryTable<K, V> implements RollsBack {

        final Map<K, V> rows = new LinkedHashMap<>();

        @Override
        public Runnable checkpoint() {
            Map<K, V> copy = new LinkedHashMap<>(rows);
            return () -> {
                rows.clear();
                rows.putAll(copy);
            };
        }
    }

    final class InMemoryInventory extends InMemoryTable<InventoryLineKey, InventoryLine> implements Inventory {

        @Override
        public void retire(UUID eventId, UUID ticketTypeId, Instant retiredAt) {
            rows.replaceAll((key, line) -> key.ticketTypeId().equals(ticketTypeId)
                    ? new InventoryLine(key, line.capacity(), line.available(), line.maxSeatsPerUser(), true) : line);
        }

        @Override
        public Optional<InventoryLine> lockLine(InventoryLineKey key) {
            journal.add("lock line " + key.ticketTypeId());
            return Optional.ofNullable(rows.get(key));
        }

        @Override
        public Optional<InventoryLine> readLine(InventoryLineKey key) {
            return Optional.ofNullable(rows.get(key));
        }

        /** One bucket holding the whole line: the use cases see no difference, and the fake stays simple. */
        @Override
        public Optional<HeldSeats> holdSeats(InventoryLineKey key, int quantity) {
            journal.add("lock line " + key.ticketTypeId());
            return Optional.ofNullable(rows.get(key)).map(line -> new HeldSeats(key, line.maxSeatsPerUser(),
                    line.retired(), List.of(new SeatBucket(0, line.available()))));
        }

        @Override
        public void store(InventoryLineKey key, List<SeatBucket> buckets) {
            InventoryLine line = rows.get(key);
            SeatBucket bucket = buckets.getFirst();
            if (line == null || buckets.size() != 1 || bucket.number() != 0) {
                throw new IllegalStateException("no such bucket of " + key + ": " + buckets);
            }
            journal.add("update line " + key.ticketTypeId());
            rows.put(key, new InventoryLine(key, line.capacity(), bucket.available(), line.maxSeatsPerUser(),
                    line.retired()));
        }

        @Override
        public void lockLinesOf(UUID eventId) {
            journal.add("lock lines of " + eventId);
        }

        @Override
        public void update(InventoryLine line) {
            if (!rows.containsKey(line.key())) {
                throw new IllegalStateException("no line " + line.key());
            }
            journal.add("update line " + line.key().ticketTypeId());
            rows.put(line.key(), line);
        }

        @Override
        public void addMissing(List<InventoryLine> lines) {
            lines.forEach(line -> rows.putIfAbsent(line.key(), line));
        }

        @Override
        public List<InventoryLine> linesOf(UUID eventId) {
            return rows.values().stream().filter(line -> line.key().eventId().equals(eventId)).toList();
        }

        int availableOf(InventoryLineKey key) {
            return rows.get(key).available();
        }
    }

    final class InMemoryBookings extends InMemoryTable<BookingId, Booking> implements Bookings {

        @Override
        public void add(Booking booking) {
            if (rows.putIfAbsent(booking.id(), booking) != null) {
                throw new IllegalStateException("duplicate booking " + booking.id());
            }
        }

        @Override
        public Optional<Booking> find(BookingId id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<Booking> lock(BookingId id) {
            journal.add("lock booking " + id);
            return find(id);
        }

        @Override
        public void update(Booking booking) {
            Booking stored = rows.get(booking.id());
            if (stored == null || stored.isCancelled()) {
                throw new IllegalStateException("booking " + booking.id() + " is gone or cancelled");
            }
            rows.put(booking.id(), booking);
        }

        @Override
        public void lockSeatsHeldBy(UUID userId, InventoryLineKey line) {
            // one thread: nothing to wait for
        }

        @Override
        public int seatsHeldBy(UUID userId, InventoryLineKey line) {
            return rows.values().stream()
                    .filter(booking -> booking.buyer().userId().equals(userId) && booking.line().equals(line)
                            && booking.status() == BookingStatus.CONFIRMED)
                    .mapToInt(Booking::quantity).sum();
        }

        @Override
        public BookingPage search(BookingSearch search) {
            List<Booking> matching = rows.values().stream()
                    .filter(booking -> booking.buyer().userId().equals(search.userId()))
                    .filter(booking -> search.status() == null || booking.status() == search.status())
                    .filter(booking -> search.eventId() == null || booking.line().eventId().equals(search.eventId()))
                    .filter(booking -> search.when() == null || (search.when() == BookingSearch.When.UPCOMING)
                            == eventSnapshots.find(booking.line().eventId()).orElseThrow()
                            .session(booking.line().sessionId()).orElseThrow().startsAt().isAfter(search.now()))
                    .sorted(Comparator.comparing(Booking::createdAt).reversed())
                    .toList();
            return new BookingPage(matching.stream().skip(search.offset()).limit(search.size()).toList(), matching.size());
        }

        @Override
        public List<Booking> lockConfirmedOfCancelledEvents(int limit) {
            return rows.values().stream()
                    .filter(booking -> booking.status() == BookingStatus.CONFIRMED
                            && cancelledEvents.rows.containsKey(booking.line().eventId()))
                    .limit(limit)
                    .toList();
        }
    }

    /** Keeps the catalog version beside each snapshot: null for the published one, which any revision beats. */
    static final class InMemoryEventSnapshots extends InMemoryTable<UUID, InMemoryEventSnapshots.Stored>
            implements EventSnapshots {

        record Stored(EventSnapshot snapshot, Long catalogVersion) {
        }

        @Override
        public void addIfAbsent(EventSnapshot event) {
            rows.putIfAbsent(event.eventId(), new Stored(event, null));
        }

        @Override
        public void addStructure(EventSnapshot extended) {
            Stored stored = rows.get(extended.eventId());
            if (stored != null) {
                EventSnapshot old = stored.snapshot();
                rows.put(old.eventId(), new Stored(old.withStructure(extended.sessions(), extended.ticketTypes()),
                        stored.catalogVersion()));
            }
        }

        @Override
        public void reviseIfNewer(EventRevision revision) {
            Stored stored = rows.get(revision.eventId());
            if (stored == null || (stored.catalogVersion() != null && stored.catalogVersion() >= revision.catalogVersion())) {
                return;
            }
            EventSnapshot old = stored.snapshot();
            rows.put(revision.eventId(), new Stored(new EventSnapshot(old.eventId(), old.organizerId(), revision.title(),
                    revision.venue(), revision.timeZone(), old.sessions(), old.ticketTypes(), old.publishedAt(),
                    revision.cancellationCutoff(), revision.waitlistOfferLifetime()), revision.catalogVersion()));
        }

        @Override
        public Optional<EventSnapshot> find(UUID eventId) {
            return Optional.ofNullable(rows.get(eventId)).map(Stored::snapshot);
        }

        final Map<UUID, CancellationCutoff> cutoffs = new HashMap<>();

        @Override
        public CancellationCutoff cancellationCutoffOf(UUID eventId) {
            return cutoffs.getOrDefault(eventId, CancellationCutoff.AT_SESSION_START);
        }
    }

    final class InMemoryCancelledEvents extends InMemoryTable<UUID, EventCancellation> implements CancelledEvents {

        @Override
        public void addIfAbsent(EventCancellation cancellation) {
            journal.add("cancel " + cancellation.eventId());
            rows.putIfAbsent(cancellation.eventId(), cancellation);
        }

        @Override
        public Optional<EventCancellation> find(UUID eventId) {
            journal.add("read cancellation of " + eventId);
            return Optional.ofNullable(rows.get(eventId));
        }
    }

    /** Reads are not journaled: the completion check sits next to the cancellation check the journals record. */
    final class InMemoryCompletedEvents extends InMemoryTable<UUID, EventCompletion> implements CompletedEvents {

        @Override
        public void addIfAbsent(EventCompletion completion) {
            journal.add("complete " + completion.eventId());
            rows.putIfAbsent(completion.eventId(), completion);
        }

        @Override
        public Optional<EventCompletion> find(UUID eventId) {
            return Optional.ofNullable(rows.get(eventId));
        }
    }

    static final class InMemoryIdempotencyKeys extends InMemoryTable<InMemoryIdempotencyKeys.UserKey, KeyClaimed>
            implements IdempotencyKeys {

        record UserKey(UUID userId, IdempotencyKey key) {
        }

        @Override
        public KeyClaim claim(UUID userId, IdempotencyKey key, RequestFingerprint fingerprint, BookingId bookingId) {
            KeyClaimed earlier = rows.putIfAbsent(new UserKey(userId, key), new KeyClaimed(fingerprint, bookingId));
            return earlier == null
                    ? new KeyClaim.Claimed()
                    : new KeyClaim.AlreadyClaimed(earlier.fingerprint(), earlier.bookingId());
        }
    }

    record KeyClaimed(RequestFingerprint fingerprint, BookingId bookingId) {
    }

    static final class RecordedIntegrationEvents implements IntegrationEvents, RollsBack {

        final List<BookingConfirmedEvent> bookingsConfirmed = new ArrayList<>();
        final List<BookingChangedEvent> bookingsChanged = new ArrayList<>();
        final List<BookingCancelledEvent> bookingsCancelled = new ArrayList<>();

        @Override
        public void bookingConfirmed(BookingConfirmedEvent event) {
            bookingsConfirmed.add(event);
        }

        @Override
        public void bookingChanged(BookingChangedEvent event) {
            bookingsChanged.add(event);
        }

        @Override
        public void bookingCancelled(BookingCancelledEvent event) {
            bookingsCancelled.add(event);
        }

        @Override
        public Runnable checkpoint() {
            int confirmed = bookingsConfirmed.size();
            int changed = bookingsChanged.size();
            int cancelled = bookingsCancelled.size();
            return () -> {
                bookingsConfirmed.subList(confirmed, bookingsConfirmed.size()).clear();
                bookingsChanged.subList(changed, bookingsChanged.size()).clear();
                bookingsCancelled.subList(cancelled, bookingsCancelled.size()).clear();
            };
        }
    }

    static final class CountedMetrics implements BookingMetrics {

        int bookingsConfirmed;
        int seatsSold;
        int soldOutRejections;
        int bookingsEdited;
        final Map<CancellationCause, Integer> bookingsCancelled = new EnumMap<>(CancellationCause.class);

        @Override
        public void bookingConfirmed(int seats) {
            bookingsConfirmed++;
            seatsSold += seats;
        }

        @Override
        public void soldOutRejected() {
            soldOutRejections++;
        }

        @Override
        public void bookingEdited() {
            bookingsEdited++;
        }

        @Override
        public void bookingsCancelled(CancellationCause cause, int bookings) {
            bookingsCancelled.merge(cause, bookings, Integer::sum);
        }
    }
}
