package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.port.in.CancelEvent;
import com.evently.ticketing.event.application.port.in.CreateEvent;
import com.evently.ticketing.event.application.port.in.DeleteEvent;
import com.evently.ticketing.event.application.port.in.EventSearchQuery;
import com.evently.ticketing.event.application.port.in.EventSearchResult;
import com.evently.ticketing.event.application.port.in.PublishEvent;
import com.evently.ticketing.event.application.port.in.ReviseEvent;
import com.evently.ticketing.event.application.port.in.SearchEvents;
import com.evently.ticketing.event.application.port.in.ViewEvent;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping(EventController.EVENTS)
class EventController {

    static final String EVENTS = "/api/v1/events";

    private final CreateEvent createEvent;
    private final PublishEvent publishEvent;
    private final ReviseEvent reviseEvent;
    private final CancelEvent cancelEvent;
    private final DeleteEvent deleteEvent;
    private final ViewEvent viewEvent;
    private final SearchEvents searchEvents;

    EventController(CreateEvent createEvent, PublishEvent publishEvent, ReviseEvent reviseEvent,
                    CancelEvent cancelEvent, DeleteEvent deleteEvent, ViewEvent viewEvent, SearchEvents searchEvents) {
        this.createEvent = createEvent;
        this.publishEvent = publishEvent;
        this.reviseEvent = reviseEvent;
        this.cancelEvent = cancelEvent;
        this.deleteEvent = deleteEvent;
        this.viewEvent = viewEvent;
        this.searchEvents = searchEvents;
    }

    @PostMapping
    ResponseEntity<EventResponse> create(AuthenticatedUser user, @Valid @RequestBody EventRequest request) {
        Event event = createEvent.create(user.caller(), request.toCreateCommand());
        return ResponseEntity.created(URI.create(EVENTS + "/" + event.id()))
                .eTag(etagOf(event))
                .body(EventResponse.of(event));
    }

    @GetMapping("/{eventId}")
    ResponseEntity<EventResponse> view(@PathVariable UUID eventId, Optional<AuthenticatedUser> caller) {
        Event event = viewEvent.view(eventId, caller.map(AuthenticatedUser::caller));
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** {@code from} and {@code to} bound when a session starts: ISO-8601 with offset, {@code to} exclusive. */
    @GetMapping
    PageResponse<EventResponse> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        EventSearchQuery query = new EventSearchQuery(q, instantOrNull(from), instantOrNull(to), page, size,
                EventOrderParameter.parse(sort));
        EventSearchResult result = searchEvents.search(query);
        return PageResponse.of(result.events().stream().map(EventResponse::of).toList(),
                query.page(), query.size(), result.totalMatching());
    }

    @PostMapping("/{eventId}/publish")
    ResponseEntity<EventResponse> publish(@PathVariable UUID eventId, AuthenticatedUser user) {
        Event event = publishEvent.publish(user.caller(), eventId);
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** The whole event again, based on the version whose ETag the client sends in If-Match. */
    @PutMapping("/{eventId}")
    ResponseEntity<EventResponse> revise(@PathVariable UUID eventId, AuthenticatedUser user,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         @Valid @RequestBody EventRequest request) {
        long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Event event = reviseEvent.revise(user.caller(), request.toReviseCommand(eventId, expectedVersion));
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    @PostMapping("/{eventId}/cancel")
    ResponseEntity<EventResponse> cancel(@PathVariable UUID eventId, AuthenticatedUser user,
                                         @Valid @RequestBody(required = false) CancelEventRequest request) {
        Event event = cancelEvent.cancel(user.caller(), eventId, CancelEventRequest.reasonOf(request));
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** Drafts only: a published event is cancelled instead, so that its buyers hear of it. */
    @DeleteMapping("/{eventId}")
    ResponseEntity<Void> delete(@PathVariable UUID eventId, AuthenticatedUser user) {
        deleteEvent.delete(user.caller(), eventId);
        return ResponseEntity.noContent().build();
    }

    /** The version as a strong entity tag; a later PUT compares it with If-Match. */
    private static String etagOf(Event event) {
        return "\"" + event.version() + "\"";
    }

    private static Instant instantOrNull(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
