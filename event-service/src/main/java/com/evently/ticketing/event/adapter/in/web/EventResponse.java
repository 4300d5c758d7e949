package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.domain.Cancellation;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event as clients see it; times are UTC instants, {@code timeZone} says how to show them locally.
 * {@code reminderLeads} is the organizer's choice, longest first; null when left to the notification service's
 * default. {@code cancellationCutoff} and {@code waitlistOfferLifetime} are the organizer's booking terms as ISO-8601
 * durations ({@code P1D} reads back as {@code PT24H}); null when left to booking-service's default.
 */
record EventResponse(
        UUID id,
        String status,
        String title,
        String description,
        String venue,
        String timeZone,
        List<String> reminderLeads,
        String cancellationCutoff,
        String waitlistOfferLifetime,
        UUID organizerId,
        List<SessionResponse> sessions,
        List<TicketTypeResponse> ticketTypes,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant cancelledAt,
        String cancellationReason,
        CalendarLinks addToCalendar) {

    record SessionResponse(UUID id, String name, Instant startsAt, Instant endsAt) {

        static SessionResponse of(Session session) {
            return new SessionResponse(session.id(), session.name(), session.startsAt(), session.endsAt());
        }
    }

    /** {@code retiredAt}: null while on sale; once set, no more seats of it are sold. */
    record TicketTypeResponse(UUID id, String name, PriceBody price, int capacity, Integer maxSeatsPerUser,
                              Instant retiredAt) {

        static TicketTypeResponse of(TicketType ticketType) {
            return new TicketTypeResponse(ticketType.id(), ticketType.name(), PriceBody.of(ticketType.price()),
                    ticketType.capacity(), ticketType.maxSeatsPerUser(), ticketType.retiredAt());
        }
    }

    static EventResponse of(Event event) {
        return new EventResponse(
                event.id(),
                event.status().name(),
                event.details().title(),
                event.details().description(),
                event.details().venue(),
                event.details().timeZone().getId(),
                event.details().reminderLeads() == null ? null
                        : event.details().reminderLeads().leads().stream().map(Duration::toString).toList(),
                iso(event.details().bookingTerms().cancellationCutoff()),
                iso(event.details().bookingTerms().waitlistOfferLifetime()),
                event.organizerId(),
                event.sessions().stream().map(SessionResponse::of).toList(),
                event.ticketTypes().stream().map(TicketTypeResponse::of).toList(),
                event.createdAt(),
                event.updatedAt(),
                event.publishedAt().orElse(null),
                event.cancellation().map(Cancellation::cancelledAt).orElse(null),
                event.cancellation().map(Cancellation::reason).orElse(null),
                CalendarLinks.of(event));
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
