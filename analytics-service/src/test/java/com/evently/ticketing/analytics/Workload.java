package com.evently.ticketing.analytics;

import com.evently.ticketing.analytics.domain.Percent;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.identity.UserRegistered;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A random mix of bookings, edits, cancellations, check-ins (some scanned twice), an event cancellation,
 * waiting-list offers and registrations over
 * several events of two organizers, all inside one period, published like the real producers would. It keeps its
 * own account of what it did, so every figure the service shows can be checked against a direct recount.
 */
final class Workload {

    /** One booking as the workload left it. */
    static final class Booking {
        final BookingConfirmed confirmed;
        final Event event;
        BookingChanged.Line line;
        int revision;
        Instant cancelledAt;

        Booking(BookingConfirmed confirmed, Event event) {
            this.confirmed = confirmed;
            this.event = event;
            this.line = IntegrationEventFeed.lineOf(confirmed);
        }

        Instant bookedAt() {
            return confirmed.occurredAt();
        }

        boolean stands() {
            return cancelledAt == null;
        }
    }

    record Event(EventPublished published, Money price) {

        UUID id() {
            return published.eventId();
        }

        int capacity() {
            return published.sessions().size() * published.ticketTypes().stream()
                    .mapToInt(EventPublished.TicketType::capacity).sum();
        }
    }

    record Offer(UUID userId, Event event, Instant at, boolean taken) {
    }

    /** A ticket's first admission, on the line its booking held then. */
    record CheckIn(UUID ticketId, Booking booking, BookingChanged.Line line, Instant at) {

        boolean on(UUID sessionId, UUID ticketTypeId) {
            return line.sessionId().equals(sessionId) && line.ticketTypeId().equals(ticketTypeId);
        }
    }

    final UUID organizerA = UUID.randomUUID();
    final UUID organizerB = UUID.randomUUID();
    final LocalDate firstDay;
    final LocalDate lastDay;
    final ZoneId zone;
    final List<Event> events = new ArrayList<>();
    final List<Booking> bookings = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();
    final List<Instant> registrations = new ArrayList<>();
    final List<CheckIn> checkIns = new ArrayList<>();
    final Set<UUID> cancelledEvents = new HashSet<>();

    private final IntegrationEventFeed feed;
    private final Random random;

    Workload(IntegrationEventFeed feed, long seed, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        this.feed = feed;
        this.random = new Random(seed);
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.zone = zone;
    }

    /** Lists the events, then runs {@code operations} random operations and cancels one event of organizer A. */
    Workload run(int operations) {
        list(organizerA, new Money("25.00", "EUR"), 2, 20, 10);
        list(organizerA, new Money("12.50", "USD"), 1, 30);
        list(organizerA, new Money("40.00", "EUR"), 1, 15);
        list(organizerB, new Money("9.99", "EUR"), 2, 25);
        list(organizerB, new Money("18.00", "USD"), 1, 10, 10);
        for (int operation = 0; operation < operations; operation++) {
            int dice = random.nextInt(100);
            if (dice < 50 || bookings.isEmpty()) {
                book(events.get(random.nextInt(events.size())), UUID.randomUUID(), instantInPeriod());
            } else if (dice < 70) {
                edit(anyStanding());
            } else if (dice < 85) {
                cancel(anyStanding(), BookingCancelled.Cause.BUYER);
            } else if (dice < 95) {
                offer();
            } else {
                register();
            }
        }
        checkIn();
        // after the doors opened: check-ins of a cancelled booking stay counted, but not towards the check-in rate
        cancelEvent(events.get(2));
        return this;
    }

    private void list(UUID organizerId, Money price, int sessions, int... seats) {
        EventPublished published = feed.eventPublished(UUID.randomUUID(), organizerId, price, sessions, seats);
        feed.publish(published);
        events.add(new Event(published, price));
    }

    private Booking book(Event event, UUID userId, Instant at) {
        EventPublished published = event.published();
        BookingConfirmed confirmed = feed.bookingConfirmed(published, random.nextInt(published.sessions().size()),
                random.nextInt(published.ticketTypes().size()), 1 + random.nextInt(4), userId, at);
        feed.publish(confirmed);
        Booking booking = new Booking(confirmed, event);
        bookings.add(booking);
        return booking;
    }

    private void edit(Booking booking) {
        if (booking == null) {
            return;
        }
        EventPublished published = booking.event.published();
        booking.revision++;
        BookingChanged changed = feed.bookingChanged(booking.confirmed, booking.revision, booking.line, published,
                random.nextInt(published.sessions().size()), random.nextInt(published.ticketTypes().size()),
                1 + random.nextInt(4), booking.bookedAt().plusSeconds(60));
        feed.publish(changed);
        booking.line = changed.current();
    }

    private void cancel(Booking booking, BookingCancelled.Cause cause) {
        if (booking == null) {
            return;
        }
        // up to two days later: some cancellations fall on a later day, a few after the period
        Instant at = booking.bookedAt().plus(Duration.ofMinutes(1 + random.nextInt(2 * 24 * 60)));
        feed.publish(feed.bookingCancelled(booking.confirmed, booking.line, cause, at));
        booking.cancelledAt = at;
    }

    private void cancelEvent(Event event) {
        feed.publish(feed.eventCancelled(event.published(), instantInPeriod()));
        cancelledEvents.add(event.id());
        bookings.stream().filter(booking -> booking.event == event && booking.stands()).toList()
                .forEach(booking -> cancel(booking, BookingCancelled.Cause.EVENT_CANCELLED));
    }

    /** Scans some tickets of half the standing bookings; a few tickets twice, which must count once. */
    private void checkIn() {
        for (Booking booking : bookings.stream().filter(Booking::stands).toList()) {
            if (random.nextBoolean()) {
                continue;
            }
            int admitted = 1 + random.nextInt(booking.line.quantity());
            for (int ticket = 0; ticket < admitted; ticket++) {
                Instant at = booking.bookedAt().plus(Duration.ofMinutes(1 + random.nextInt(2 * 24 * 60)));
                CheckIn checkIn = new CheckIn(UUID.randomUUID(), booking, booking.line, at);
                feed.publish(feed.ticketCheckedIn(booking.confirmed, booking.line, checkIn.ticketId(), at));
                if (random.nextInt(5) == 0) {
                    feed.publish(feed.ticketCheckedIn(booking.confirmed, booking.line, checkIn.ticketId(),
                            at.plusSeconds(30)));
                }
                checkIns.add(checkIn);
            }
        }
    }

    private void offer() {
        Event event = events.get(random.nextInt(events.size()));
        UUID userId = UUID.randomUUID();
        Instant at = instantInPeriod();
        feed.publish(feed.waitlistOfferMade(event.published(), 0, 0, 1, userId, at));
        boolean taken = random.nextBoolean();
        if (taken) {
            book(event, userId, at.plus(Duration.ofMinutes(10)));
        }
        offers.add(new Offer(userId, event, at, taken));
    }

    private void register() {
        Instant at = instantInPeriod();
        feed.publish(new UserRegistered(UUID.randomUUID(), "new@example.com", "New User", List.of("USER"), at));
        registrations.add(at);
    }

    private Booking anyStanding() {
        List<Booking> standing = bookings.stream().filter(Booking::stands).toList();
        return standing.isEmpty() ? null : standing.get(random.nextInt(standing.size()));
    }

    private Instant instantInPeriod() {
        Instant start = firstDay.atStartOfDay(zone).toInstant();
        long seconds = Duration.between(start, lastDay.plusDays(1).atStartOfDay(zone).toInstant()).toSeconds();
        // a day's last hours: the next day in UTC for a zone behind it, so the zone must decide
        return start.plusSeconds(random.nextLong(seconds - 3600));
    }

    // ---- the direct recount ----------------------------------------------------------------------------------

    Instant start() {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    Instant end() {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    boolean inPeriod(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    Stream<Booking> bookingsOf(Predicate<UUID> organizers) {
        return bookings.stream().filter(booking -> organizers.test(booking.event.published().organizerId()));
    }

    Stream<Booking> bookedInPeriod(Predicate<UUID> organizers) {
        return bookingsOf(organizers).filter(booking -> inPeriod(booking.bookedAt()));
    }

    int seatsSold(Predicate<UUID> organizers) {
        return bookedInPeriod(organizers).filter(Booking::stands).mapToInt(booking -> booking.line.quantity()).sum();
    }

    int seatsEverSold(Predicate<UUID> organizers) {
        return bookedInPeriod(organizers).mapToInt(booking -> booking.line.quantity()).sum();
    }

    Stream<Booking> cancelledInPeriod(Predicate<UUID> organizers) {
        return bookingsOf(organizers).filter(booking -> inPeriod(booking.cancelledAt));
    }

    Map<String, BigDecimal> revenue(Predicate<UUID> organizers) {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        bookedInPeriod(organizers).filter(Booking::stands).forEach(booking -> revenue.merge(
                booking.event.price().currency(),
                new BigDecimal(booking.event.price().amount()).multiply(BigDecimal.valueOf(booking.line.quantity())),
                BigDecimal::add));
        revenue.replaceAll((currency, amount) -> amount.stripTrailingZeros());
        return revenue;
    }

    BigDecimal occupancyPercent(Predicate<UUID> organizers) {
        List<Event> running = events.stream().filter(event -> organizers.test(event.published().organizerId())
                && !cancelledEvents.contains(event.id())).toList();
        long held = bookings.stream().filter(booking -> running.contains(booking.event) && booking.stands())
                .mapToLong(booking -> booking.line.quantity()).sum();
        return Percent.of(held, running.stream().mapToLong(Event::capacity).sum());
    }

    List<Offer> offersInPeriod(Predicate<UUID> organizers) {
        return offers.stream().filter(offer -> organizers.test(offer.event().published().organizerId())
                && inPeriod(offer.at())).toList();
    }

    Stream<CheckIn> checkInsInPeriod(Predicate<UUID> organizers) {
        return checkIns.stream().filter(checkIn -> organizers.test(checkIn.booking().event.published().organizerId())
                && inPeriod(checkIn.at()));
    }

    /** Tickets admitted of the seats held now by events that still run, per such seat (as occupancy counts them). */
    BigDecimal checkInRate(Predicate<UUID> organizers) {
        List<Event> running = events.stream().filter(event -> organizers.test(event.published().organizerId())
                && !cancelledEvents.contains(event.id())).toList();
        long held = bookings.stream().filter(booking -> running.contains(booking.event) && booking.stands())
                .mapToLong(booking -> booking.line.quantity()).sum();
        long admitted = checkIns.stream().filter(checkIn -> running.contains(checkIn.booking().event)
                && checkIn.booking().stands()).count();
        return Percent.of(admitted, held);
    }

    long registrationsInPeriod() {
        return registrations.stream().filter(this::inPeriod).count();
    }

    /** Event ids by seats sold in the period, most first, ties broken like the service does. */
    List<UUID> topEvents(Predicate<UUID> organizers, int limit) {
        Map<UUID, int[]> perEvent = new TreeMap<>();
        bookedInPeriod(organizers).forEach(booking -> {
            int[] figures = perEvent.computeIfAbsent(booking.event.id(), id -> new int[2]);
            figures[0] += booking.stands() ? booking.line.quantity() : 0;
            figures[1]++;
        });
        return perEvent.entrySet().stream()
                .sorted(Comparator.<Map.Entry<UUID, int[]>>comparingInt(entry -> -entry.getValue()[0])
                        .thenComparingInt(entry -> -entry.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
