package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.CancellingEvent;
import com.evently.ticketing.event.application.CreatingEvent;
import com.evently.ticketing.event.application.DeletingEvent;
import com.evently.ticketing.event.application.EventSearchQuery;
import com.evently.ticketing.event.application.EventSearchResult;
import com.evently.ticketing.event.application.PublishingEvent;
import com.evently.ticketing.event.application.RevisingEvent;
import com.evently.ticketing.event.application.SearchingEvents;
import com.evently.ticketing.event.application.ViewingEvent;
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

    private final CreatingEvent creatingEvent;
    private final PublishingEvent publishingEvent;
    private final RevisingEvent revisingEvent;
    private final CancellingEvent cancellingEvent;
    private final DeletingEvent deletingEvent;
    private final ViewingEvent viewingEvent;
    private final SearchingEvents searchingEvents;

    EventController(CreatingEvent creatingEvent, PublishingEvent publishingEvent, RevisingEvent revisingEvent,
                    CancellingEvent cancellingEvent, DeletingEvent deletingEvent, ViewingEvent viewingEvent,
                    SearchingEvents searchingEvents) {
        this.creatingEvent = creatingEvent;
        this.publishingEvent = publishingEvent;
        this.revisingEvent = revisingEvent;
        this.cancellingEvent = cancellingEvent;
        this.deletingEvent = deletingEvent;
        this.viewingEvent = viewingEvent;
        this.searchingEvents = searchingEvents;
    }

    @PostMapping
    ResponseEntity<EventResponse> create(AuthenticatedUser user, @Valid @RequestBody EventRequest request) {
        Event event = creatingEvent.create(user.caller(), request.toCreateCommand());
        return ResponseEntity.created(URI.create(EVENTS + "/" + event.id()))
                .eTag(etagOf(event))
                .body(EventResponse.of(event));
    }

    @GetMapping("/{eventId}")
    ResponseEntity<EventResponse> view(@PathVariable UUID eventId, Optional<AuthenticatedUser> caller) {
        Event event = viewingEvent.view(eventId, caller.map(AuthenticatedUser::caller));
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
        EventSearchResult result = searchingEvents.search(query);
        return PageResponse.of(result.events().stream().map(EventResponse::of).toList(),
                query.page(), query.size(), result.totalMatching());
    }

    @PostMapping("/{eventId}/publish")
    ResponseEntity<EventResponse> publish(@PathVariable UUID eventId, AuthenticatedUser user) {
        Event event = publishingEvent.publish(user.caller(), eventId);
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** The whole event again, based on the version whose ETag the client sends in If-Match. */
    @PutMapping("/{eventId}")
    ResponseEntity<EventResponse> revise(@PathVariable UUID eventId, AuthenticatedUser user,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         @Valid @RequestBody EventRequest request) {
        long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Event event = revisingEvent.revise(user.caller(), request.toReviseCommand(eventId, expectedVersion));
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    @PostMapping("/{eventId}/cancel")
    ResponseEntity<EventResponse> cancel(@PathVariable UUID eventId, AuthenticatedUser user,
                                         @Valid @RequestBody(required = false) CancelEventRequest request) {
        Event event = cancellingEvent.cancel(user.caller(), eventId, CancelEventRequest.reasonOf(request));
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** Drafts only: a published event is cancelled instead, so that its buyers hear of it. */
    @DeleteMapping("/{eventId}")
    ResponseEntity<Void> delete(@PathVariable UUID eventId, AuthenticatedUser user) {
        deletingEvent.delete(user.caller(), eventId);
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
