package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.EventStatistics;
import com.evently.ticketing.analytics.domain.CancellationCause;
import com.evently.ticketing.analytics.domain.EventCancellation;
import com.evently.ticketing.analytics.domain.EventListing;
import com.evently.ticketing.analytics.domain.EventRetitling;
import com.evently.ticketing.analytics.domain.EventStats;
import com.evently.ticketing.analytics.domain.EventStatus;
import com.evently.ticketing.analytics.domain.LineStats;
import com.evently.ticketing.analytics.domain.SeatCounts;
import com.evently.ticketing.analytics.domain.TicketCounts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link EventStatistics} in maps, aggregating an {@link InMemoryBookingFacts} like the queries do. */
final class InMemoryEventStatistics implements EventStatistics {

    private final InMemoryBookingFacts bookings;
    private final Map<UUID, EventListing> listings = new HashMap<>();
    private final Map<UUID, EventCancellation> cancellations = new HashMap<>();
    private final Map<UUID, Long> versions = new HashMap<>();

    InMemoryEventStatistics(InMemoryBookingFacts bookings) {
        this.bookings = bookings;
    }

    InMemoryEventStatistics() {
        this(new InMemoryBookingFacts());
    }

    @Override
    public void saveListing(EventListing listing) {
        listings.put(listing.eventId(), listing);
    }

    @Override
    public void retitle(EventRetitling retitling) {
        listings.computeIfPresent(retitling.eventId(), (eventId, listing) ->
                versions.getOrDefault(eventId, -1L) >= retitling.version() ? listing
                        : new EventListing(eventId, listing.organizerId(), retitling.title(), listing.lines()));
        if (listings.containsKey(retitling.eventId())) {
            versions.merge(retitling.eventId(), retitling.version(), Math::max);
        }
    }

    @Override
    public void markCancelled(EventCancellation cancellation) {
        cancellations.putIfAbsent(cancellation.eventId(), cancellation);
    }

    @Override
    public Optional<EventStats> findListed(UUID eventId) {
        return Optional.ofNullable(listings.get(eventId)).map(listing -> {
            EventCancellation cancellation = cancellations.get(eventId);
            List<LineStats> lines = listing.lines().stream().map(line -> new LineStats(line.sessionId(),
                    line.ticketTypeId(), line.capacity(), countsOf(eventId, line.sessionId(), line.ticketTypeId()),
                    null, 0))
                    .toList();
            return new EventStats(eventId, listing.organizerId(), listing.title(),
                    cancellation == null ? EventStatus.PUBLISHED : EventStatus.CANCELLED,
                    cancellation == null ? null : cancellation.cancelledAt(), listing.capacity(),
                    countsOf(eventId, null, null), lines, byCause(eventId), TicketCounts.NONE);
        });
    }

    Optional<EventListing> listingOf(UUID eventId) {
        return Optional.ofNullable(listings.get(eventId));
    }

    /** The counts of the event, or of one of its lines when both ids are given. */
    SeatCounts countsOf(UUID eventId, UUID sessionId, UUID ticketTypeId) {
        int confirmedSeats = 0, confirmedBookings = 0, cancelledSeats = 0, cancelledBookings = 0;
        for (InMemoryBookingFacts.Fact fact : bookings.all()) {
            if (!fact.eventId().equals(eventId) || sessionId != null && !(fact.line().sessionId().equals(sessionId)
                    && fact.line().ticketTypeId().equals(ticketTypeId))) {
                continue;
            }
            if (fact.isCancelled()) {
                cancelledSeats += fact.line().quantity();
                cancelledBookings++;
            } else {
                confirmedSeats += fact.line().quantity();
                confirmedBookings++;
            }
        }
        return new SeatCounts(confirmedSeats, confirmedBookings, cancelledSeats, cancelledBookings);
    }

    private Map<CancellationCause, Integer> byCause(UUID eventId) {
        Map<CancellationCause, Integer> byCause = new EnumMap<>(CancellationCause.class);
        bookings.all().stream().filter(fact -> fact.eventId().equals(eventId) && fact.isCancelled())
                .forEach(fact -> byCause.merge(fact.cause(), fact.line().quantity(), Integer::sum));
        return byCause;
    }
}
