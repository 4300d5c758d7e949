package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.CreateEventCommand;
import com.evently.ticketing.event.application.ReviseEventCommand;
import com.evently.ticketing.event.domain.BookingTerms;
import com.evently.ticketing.event.domain.EventDetails;
import com.evently.ticketing.event.domain.ReminderLeads;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/events} and {@code PUT /api/v1/events/{id}}: a whole event. Sizes match the
 * catalog's columns. Sessions and ticket types may carry the {@code id} a GET returned, so a client can send
 * back what it read; a create ignores ids, a revision keeps the ones the event knows. {@code reminderLeads}, when
 * given, says how long before each session holders are reminded ({@code ["PT24H","PT2H"]}; {@code []} for no
 * reminders); left out, the notification service's default applies. {@code cancellationCutoff} (how long before a
 * session its bookings can no longer be cancelled) and {@code waitlistOfferLifetime} (how long released seats are held
 * for the waiting user they are offered to) are ISO-8601 durations; left out, booking-service's defaults apply.
 */
record EventRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        @Size(max = 300) String venue,
        @NotNull @IanaTimeZone String timeZone,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid SessionRequest> sessions,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid TicketTypeRequest> ticketTypes,
        @ReminderLeadTimes List<String> reminderLeads,
        @BookingTermDuration(BookingTermDuration.Term.CANCELLATION_CUTOFF) String cancellationCutoff,
        @BookingTermDuration(BookingTermDuration.Term.WAITLIST_OFFER_LIFETIME) String waitlistOfferLifetime) {

    /** Times carry their offset, as the client meant them; they are stored as instants. */
    @EndsAfterStart
    record SessionRequest(
            UUID id,
            @NotBlank @Size(max = 200) String name,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt) {

        Session toNewSession() {
            return Session.plan(name, startsAt.toInstant(), endsAt.toInstant());
        }

        Session toSession() {
            return id == null ? toNewSession() : new Session(id, name, startsAt.toInstant(), endsAt.toInstant());
        }
    }

    /**
     * Capacity is per session: every session sells this many seats of this type. {@code maxSeatsPerUser}, when
     * given, caps the seats one user may hold of it in one session.
     */
    record TicketTypeRequest(
            UUID id,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid PriceBody price,
            @NotNull @Min(1) Integer capacity,
            @Min(1) @Max(1000) Integer maxSeatsPerUser) {

        TicketType toNewTicketType() {
            return TicketType.offer(name, price.toMoney(), capacity, maxSeatsPerUser);
        }

        TicketType toTicketType() {
            return id == null ? toNewTicketType()
                    : new TicketType(id, name, price.toMoney(), capacity, maxSeatsPerUser);
        }
    }

    CreateEventCommand toCreateCommand() {
        return new CreateEventCommand(details(),
                sessions.stream().map(SessionRequest::toNewSession).toList(),
                ticketTypes.stream().map(TicketTypeRequest::toNewTicketType).toList());
    }

    ReviseEventCommand toReviseCommand(UUID eventId, long expectedVersion) {
        return new ReviseEventCommand(eventId, expectedVersion, details(),
                sessions.stream().map(SessionRequest::toSession).toList(),
                ticketTypes.stream().map(TicketTypeRequest::toTicketType).toList());
    }

    private EventDetails details() {
        return new EventDetails(title, description, venue, ZoneId.of(timeZone), chosenReminderLeads(),
                new BookingTerms(IsoDurations.parseOrNull(cancellationCutoff),
                        IsoDurations.parseOrNull(waitlistOfferLifetime)));
    }

    private ReminderLeads chosenReminderLeads() {
        return reminderLeads == null ? null
                : new ReminderLeads(reminderLeads.stream().map(IsoDurations::parseOrNull).toList());
    }
}
