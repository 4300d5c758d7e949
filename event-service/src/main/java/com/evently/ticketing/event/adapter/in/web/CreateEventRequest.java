package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.port.in.CreateEventCommand;
import com.evently.ticketing.event.domain.EventDetails;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** The body of {@code POST /api/v1/events}. Sizes match the catalog's columns. */
record CreateEventRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        @Size(max = 300) String venue,
        @NotNull @IanaTimeZone String timeZone,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid SessionRequest> sessions,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid TicketTypeRequest> ticketTypes) {

    /** Times carry their offset, as the client meant them; they are stored as instants. */
    @EndsAfterStart
    record SessionRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt) {

        Session toSession() {
            return Session.plan(name, startsAt.toInstant(), endsAt.toInstant());
        }
    }

    /** Capacity is per session: every session sells this many seats of this type. */
    record TicketTypeRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid PriceBody price,
            @NotNull @Min(1) Integer capacity) {

        TicketType toTicketType() {
            return TicketType.offer(name, price.toMoney(), capacity);
        }
    }

    CreateEventCommand toCommand() {
        return new CreateEventCommand(
                new EventDetails(title, description, venue, ZoneId.of(timeZone)),
                sessions.stream().map(SessionRequest::toSession).toList(),
                ticketTypes.stream().map(TicketTypeRequest::toTicketType).toList());
    }
}
