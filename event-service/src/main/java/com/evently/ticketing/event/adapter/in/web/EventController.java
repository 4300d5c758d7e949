package com.evently.ticketing.event.adapter.in.web;

import com.evently.ticketing.event.application.CalendarQuery;
import com.evently.ticketing.event.application.CancellingEvent;
import com.evently.ticketing.event.application.ChangeCapacityCommand;
import com.evently.ticketing.event.application.AddSessionCommand;
import com.evently.ticketing.event.application.AddTicketTypeCommand;
import com.evently.ticketing.event.application.ChangingCapacity;
import com.evently.ticketing.event.application.ExtendingEvent;
import com.evently.ticketing.event.application.RetiringTicketType;
import com.evently.ticketing.event.application.CloningEvent;
import com.evently.ticketing.event.application.CreatingEvent;
import com.evently.ticketing.event.application.DeletingEvent;
import com.evently.ticketing.event.application.PublishingEvent;
import com.evently.ticketing.event.application.RevisingEvent;
import com.evently.ticketing.event.application.SearchingEvents;
import com.evently.ticketing.event.application.ShowingCalendar;
import com.evently.ticketing.event.application.ViewingEvent;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventSearchQuery;
import com.evently.ticketing.event.domain.EventSearchResult;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.HttpCaching;
import com.evently.ticketing.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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
    private final CloningEvent cloningEvent;
    private final ShowingCalendar showingCalendar;
    private final HttpCaching httpCaching;
    private final ChangingCapacity changingCapacity;
    private final ExtendingEvent extendingEvent;
    private final RetiringTicketType retiringTicketType;

    EventController(CreatingEvent creatingEvent, PublishingEvent publishingEvent, RevisingEvent revisingEvent,
                    CancellingEvent cancellingEvent, DeletingEvent deletingEvent, ViewingEvent viewingEvent,
                    SearchingEvents searchingEvents, CloningEvent cloningEvent, ShowingCalendar showingCalendar,
                    HttpCaching httpCaching, ChangingCapacity changingCapacity, ExtendingEvent extendingEvent,
                    RetiringTicketType retiringTicketType) {
        this.creatingEvent = creatingEvent;
        this.publishingEvent = publishingEvent;
        this.revisingEvent = revisingEvent;
        this.cancellingEvent = cancellingEvent;
        this.deletingEvent = deletingEvent;
        this.viewingEvent = viewingEvent;
        this.searchingEvents = searchingEvents;
        this.cloningEvent = cloningEvent;
        this.showingCalendar = showingCalendar;
        this.httpCaching = httpCaching;
        this.changingCapacity = changingCapacity;
        this.extendingEvent = extendingEvent;
        this.retiringTicketType = retiringTicketType;
    }

    @Operation(operationId = "createEvent", summary = "Create a draft event")
    @ApiResponse(responseCode = "201", description = "Created as a draft; `ETag` names its version")
    @PostMapping
    ResponseEntity<EventResponse> create(AuthenticatedUser user, @Valid @RequestBody EventRequest request) {
        Event event = creatingEvent.create(user.caller(), request.toCreateCommand());
        return ResponseEntity.created(URI.create(EVENTS + "/" + event.id()))
                .eTag(etagOf(event))
                .body(EventResponse.of(event));
    }

    /**
     * Public events are cacheable by anyone for a short while; a client revalidates with If-None-Match and gets
     * 304 while the version (the ETag) is unchanged. Drafts are private to their organizers.
     */
    @Operation(operationId = "getEvent", summary = "One event, with its sessions and ticket types")
    @GetMapping("/{eventId}")
    ResponseEntity<EventResponse> view(@PathVariable UUID eventId, Optional<AuthenticatedUser> caller) {
        Event event = viewingEvent.view(eventId, caller.map(AuthenticatedUser::caller));
        // Spring answers 304 itself when If-None-Match names this ETag, keeping the headers set here
        return ResponseEntity.ok().eTag(etagOf(event)).cacheControl(cacheControlOf(event)).body(EventResponse.of(event));
    }

    /**
     * {@code from} and {@code to} bound when a session starts: a day ({@code 2027-03-01}, inclusive, in the
     * event's time zone) or an ISO-8601 instant with offset ({@code to} exclusive). Anonymous lists are the same
     * for everyone, so shared caches may keep them briefly; a signed-in caller's may include their drafts.
     */
    @Operation(operationId = "searchEvents", summary = "Search and filter events")
    @GetMapping
    ResponseEntity<PageResponse<EventResponse>> search(
            Optional<AuthenticatedUser> caller,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean available,
            @RequestParam(required = false) String ticketType,
            @RequestParam(required = false) BigDecimal minPrice,
            @RequestParam(required = false) BigDecimal maxPrice,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) String venue,
            @RequestParam(required = false) UUID organizer,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        SearchParameters.Bound start = SearchParameters.bound("from", from);
        SearchParameters.Bound end = SearchParameters.bound("to", to);
        EventSearchQuery query = new EventSearchQuery(q,
                SearchParameters.instantOf(start), SearchParameters.instantOf(end),
                SearchParameters.dayOf(start), SearchParameters.dayOf(end),
                available, ticketType,
                EventSearchQuery.PriceRange.of(minPrice, maxPrice, SearchParameters.currency(currency)),
                venue, organizer, mine, SearchParameters.statuses(status), page, size,
                EventOrderParameter.parse(sort, q != null && !q.isBlank()));
        Optional<Caller> user = caller.map(AuthenticatedUser::caller);
        EventSearchResult result = searchingEvents.search(user, query);
        return ResponseEntity.ok()
                .cacheControl(user.isEmpty() ? httpCaching.forPublic() : HttpCaching.forPrivate())
                .body(PageResponse.of(result.events().stream().map(EventResponse::of).toList(),
                        query.page(), query.size(), result.totalMatching()));
    }

    /**
     * Sessions by day: {@code month=2027-03}, or {@code from}/{@code to} days (inclusive), in {@code timeZone}
     * (default UTC); {@code organizer} narrows to one organizer's events.
     */
    @Operation(operationId = "eventCalendar", summary = "Published sessions of a month, by day")
    @GetMapping("/calendar")
    ResponseEntity<CalendarResponse> calendar(@RequestParam(required = false) String month,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String timeZone,
                                              @RequestParam(required = false) UUID organizer) {
        CalendarQuery query = calendarQuery(month, from, to, timeZone, organizer);
        return ResponseEntity.ok().cacheControl(httpCaching.forPublic())
                .body(CalendarResponse.of(query, showingCalendar.days(query)));
    }

    /**
     * The feed calendar apps subscribe to: a month back to a year ahead, of one organizer when asked. It spans many
     * events and a moving window, so its ETag is a digest of the feed itself: a subscriber polling with If-None-Match
     * gets 304 until an entry changes, arrives or leaves.
     */
    @Operation(operationId = "organizerCalendarFeed", summary = "An organizer's published events as an iCalendar feed")
    @ApiResponse(responseCode = "200", description = "The feed; `ETag` names its content")
    @ApiResponse(responseCode = "304", description = "If-None-Match named the current ETag: nothing changed",
            content = @Content)
    @GetMapping(value = "/calendar.ics", produces = IcsCalendars.MEDIA_TYPE)
    ResponseEntity<String> calendarFeed(@RequestParam(required = false) UUID organizer) {
        String feed = IcsCalendars.of(showingCalendar.feed(organizer));
        return ResponseEntity.ok().eTag(HttpCaching.strongTagOf(feed)).cacheControl(httpCaching.forPublic()).body(feed);
    }

    /**
     * One event's sessions to import; visible to whoever may read the event. The file is written from the event
     * alone, so the event's version tags it as it tags the event, and If-None-Match with it answers 304.
     */
    @Operation(operationId = "eventCalendarFile", summary = "An event's sessions as an iCalendar file")
    @ApiResponse(responseCode = "200", description = "The file; `ETag` names the event's version")
    @ApiResponse(responseCode = "304", description = "If-None-Match named the current ETag: nothing changed",
            content = @Content)
    @GetMapping(value = "/{eventId}/calendar.ics", produces = IcsCalendars.MEDIA_TYPE)
    ResponseEntity<String> eventCalendar(@PathVariable UUID eventId, Optional<AuthenticatedUser> caller) {
        Event event = viewingEvent.view(eventId, caller.map(AuthenticatedUser::caller));
        return ResponseEntity.ok()
                .eTag(etagOf(event))
                .cacheControl(cacheControlOf(event))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"event-" + event.id() + ".ics\"")
                .body(IcsCalendars.of(List.of(event)));
    }

    /** A deep copy as a new draft owned by the caller, its sessions moved. */
    @Operation(operationId = "cloneEvent", summary = "Copy an event into a new draft")
    @PostMapping("/{eventId}/clone")
    ResponseEntity<EventResponse> cloneEvent(@PathVariable UUID eventId, AuthenticatedUser user,
                                             @Valid @RequestBody CloneEventRequest request) {
        Event copy = cloningEvent.cloneEvent(user.caller(), request.toCommand(eventId));
        return ResponseEntity.created(URI.create(EVENTS + "/" + copy.id()))
                .eTag(etagOf(copy))
                .body(EventResponse.of(copy));
    }

    @Operation(operationId = "publishEvent", summary = "Publish a draft: its seats go on sale")
    @ApiResponse(responseCode = "200", description = "Published: its seats are on sale")
    @ApiResponse(responseCode = "409", description = "The event is not a draft")
    @PostMapping("/{eventId}/publish")
    ResponseEntity<EventResponse> publish(@PathVariable UUID eventId, AuthenticatedUser user) {
        Event event = publishingEvent.publish(user.caller(), eventId);
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** The whole event again, based on the version whose ETag the client sends in If-Match. */
    @Operation(operationId = "reviseEvent", summary = "Change an event (If-Match with its ETag)")
    @PutMapping("/{eventId}")
    ResponseEntity<EventResponse> revise(@PathVariable UUID eventId, AuthenticatedUser user,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         @Valid @RequestBody EventRequest request) {
        long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Event event = revisingEvent.revise(user.caller(), request.toReviseCommand(eventId, expectedVersion));
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** Another session of a published event (the series runs again); it sells every ticket type. */
    @Operation(operationId = "addSession", summary = "Add a session to a published event")
    @PostMapping("/{eventId}/sessions")
    ResponseEntity<EventResponse> addSession(@PathVariable UUID eventId, AuthenticatedUser user,
                                             @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                             @Valid @RequestBody EventRequest.SessionRequest request) {
        long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Event event = extendingEvent.addSession(user.caller(),
                new AddSessionCommand(eventId, expectedVersion, request.toNewSession()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** Another ticket type of a published event, sold in every session. */
    @Operation(operationId = "addTicketType", summary = "Add a ticket type to a published event")
    @PostMapping("/{eventId}/ticket-types")
    ResponseEntity<EventResponse> addTicketType(@PathVariable UUID eventId, AuthenticatedUser user,
                                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                                @Valid @RequestBody EventRequest.TicketTypeRequest request) {
        long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Event event = extendingEvent.addTicketType(user.caller(),
                new AddTicketTypeCommand(eventId, expectedVersion, request.toNewTicketType()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /**
     * A published ticket type's seats per session, based on the version whose ETag the client sends in If-Match.
     * Booking-service is asked first and refuses a capacity below what is sold (409, nothing changed).
     */
    @Operation(operationId = "changeCapacity", summary = "Change a ticket type's capacity")
    @PatchMapping("/{eventId}/ticket-types/{ticketTypeId}")
    ResponseEntity<EventResponse> changeCapacity(@PathVariable UUID eventId, @PathVariable UUID ticketTypeId,
                                                 AuthenticatedUser user,
                                                 @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                                 @Valid @RequestBody ChangeCapacityRequest request) {
        long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Event event = changingCapacity.change(user.caller(),
                new ChangeCapacityCommand(eventId, expectedVersion, ticketTypeId, request.capacity(), UUID.randomUUID()));
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** Takes a published ticket type off sale in every session; bookings made of it stay. */
    @Operation(operationId = "retireTicketType", summary = "Stop selling a ticket type")
    @PostMapping("/{eventId}/ticket-types/{ticketTypeId}/retire")
    ResponseEntity<EventResponse> retireTicketType(@PathVariable UUID eventId, @PathVariable UUID ticketTypeId,
                                                   AuthenticatedUser user,
                                                   @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        long expectedVersion = IfMatch.expectedVersion(ifMatch);
        Event event = retiringTicketType.retire(user.caller(), eventId, expectedVersion, ticketTypeId);
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    @Operation(operationId = "cancelEvent", summary = "Cancel an event and every booking of it")
    @PostMapping("/{eventId}/cancel")
    ResponseEntity<EventResponse> cancel(@PathVariable UUID eventId, AuthenticatedUser user,
                                         @Valid @RequestBody(required = false) CancelEventRequest request) {
        Event event = cancellingEvent.cancel(user.caller(), eventId, CancelEventRequest.reasonOf(request));
        return ResponseEntity.ok().eTag(etagOf(event)).body(EventResponse.of(event));
    }

    /** Drafts only: a published event is cancelled instead, so that its buyers hear of it. */
    @Operation(operationId = "deleteDraft", summary = "Delete a draft event")
    @DeleteMapping("/{eventId}")
    ResponseEntity<Void> delete(@PathVariable UUID eventId, AuthenticatedUser user) {
        deletingEvent.delete(user.caller(), eventId);
        return ResponseEntity.noContent().build();
    }

    /** The version as a strong entity tag; a later PUT compares it with If-Match. */
    private static String etagOf(Event event) {
        return "\"" + event.version() + "\"";
    }

    private CacheControl cacheControlOf(Event event) {
        return event.status() == EventStatus.DRAFT ? HttpCaching.forPrivate() : httpCaching.forPublic();
    }

    private static CalendarQuery calendarQuery(String month, String from, String to, String timeZone, UUID organizer) {
        LocalDate firstDay;
        LocalDate lastDay;
        if (month != null && from == null && to == null) {
            YearMonth yearMonth = SearchParameters.month(month);
            firstDay = yearMonth.atDay(1);
            lastDay = yearMonth.atEndOfMonth();
        } else if (month == null && from != null && to != null) {
            firstDay = SearchParameters.day("from", from);
            lastDay = SearchParameters.day("to", to);
        } else {
            throw new InvalidInput("give month (2027-03), or from and to (2027-03-01), not both");
        }
        return new CalendarQuery(firstDay, lastDay, SearchParameters.zone(timeZone), organizer);
    }
}
