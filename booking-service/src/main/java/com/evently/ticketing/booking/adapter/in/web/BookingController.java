package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.AnswerRsvpCommand;
import com.evently.ticketing.booking.application.AnsweringRsvp;
import com.evently.ticketing.booking.application.CancelBookingCommand;
import com.evently.ticketing.booking.application.CancellingBooking;
import com.evently.ticketing.booking.application.EditedBooking;
import com.evently.ticketing.booking.application.EditingBooking;
import com.evently.ticketing.booking.application.ListBookingsQuery;
import com.evently.ticketing.booking.application.ListingBookings;
import com.evently.ticketing.booking.application.PlacedBooking;
import com.evently.ticketing.booking.application.PlacingBooking;
import com.evently.ticketing.booking.application.ViewingBooking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.BookingPage;
import com.evently.ticketing.booking.domain.BookingSearch;
import com.evently.ticketing.booking.domain.BookingStatus;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/bookings")
class BookingController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Tells a client that this answer repeats an earlier one for the same key (nothing new was done). */
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final PlacingBooking placingBooking;
    private final ViewingBooking viewingBooking;
    private final ListingBookings listingBookings;
    private final EditingBooking editingBooking;
    private final CancellingBooking cancellingBooking;
    private final AnsweringRsvp answeringRsvp;

    BookingController(PlacingBooking placingBooking, ViewingBooking viewingBooking, ListingBookings listingBookings,
                      EditingBooking editingBooking, CancellingBooking cancellingBooking, AnsweringRsvp answeringRsvp) {
        this.placingBooking = placingBooking;
        this.viewingBooking = viewingBooking;
        this.listingBookings = listingBookings;
        this.editingBooking = editingBooking;
        this.cancellingBooking = cancellingBooking;
        this.answeringRsvp = answeringRsvp;
    }

    @Operation(operationId = "placeBooking", summary = "Book seats (with an Idempotency-Key)")
    @ApiResponse(responseCode = "201", description = "Booked; a retry with the same key answers the same booking "
            + "with `Idempotent-Replayed: true`")
    @ApiResponse(responseCode = "409", description = "Sold out for this quantity, or the event is cancelled or over")
    @PostMapping
    ResponseEntity<BookingResponse> place(@RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
                                          @Valid @RequestBody PlaceBookingRequest request,
                                          AuthenticatedUser caller) {
        PlacedBooking placed = placingBooking.place(
                request.toCommand(new Buyer(caller.id(), caller.email(), caller.name()), new IdempotencyKey(idempotencyKey)));
        BookingResponse body = BookingResponse.of(placed.booking());
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + body.id()))
                .header(IDEMPOTENT_REPLAYED, String.valueOf(placed instanceof PlacedBooking.Replayed))
                .body(body);
    }

    /**
     * The caller's bookings, newest first; an admin may name any {@code userId}. {@code when} is {@code upcoming} or
     * {@code past}, measured at the start of the booking's session.
     */
    @Operation(operationId = "listBookings", summary = "List the caller's bookings")
    @GetMapping
    PageResponse<BookingResponse> list(@RequestParam(required = false) UUID userId,
                                       @RequestParam(required = false) String status,
                                       @RequestParam(required = false) UUID eventId,
                                       @RequestParam(required = false) String when,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size,
                                       AuthenticatedUser caller) {
        BookingPage result = listingBookings.list(new ListBookingsQuery(caller.caller(), userId,
                parse("status", status, BookingStatus.class), eventId, parse("when", when, BookingSearch.When.class),
                page, size));
        return PageResponse.of(result.bookings().stream().map(BookingResponse::of).toList(), page, size,
                result.totalMatching());
    }

    @Operation(operationId = "getBooking", summary = "One booking with its status history")
    @GetMapping("/{id}")
    BookingResponse view(@PathVariable UUID id, AuthenticatedUser caller) {
        return BookingResponse.of(viewingBooking.view(new BookingId(id), caller.caller()));
    }

    @Operation(operationId = "changeBooking", summary = "Change a booking's quantity or ticket type")
    @PatchMapping("/{id}")
    ResponseEntity<BookingResponse> edit(@PathVariable UUID id,
                                         @RequestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
                                         @Valid @RequestBody EditBookingRequest request,
                                         AuthenticatedUser caller) {
        EditedBooking edited = editingBooking.edit(
                request.toCommand(caller.caller(), new IdempotencyKey(idempotencyKey), new BookingId(id)));
        return ResponseEntity.ok()
                .header(IDEMPOTENT_REPLAYED, String.valueOf(edited instanceof EditedBooking.Replayed))
                .body(BookingResponse.of(edited.booking()));
    }

    @Operation(operationId = "cancelBooking", summary = "Cancel a booking")
    @PostMapping("/{id}/cancel")
    BookingResponse cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelBookingRequest request,
                           AuthenticatedUser caller) {
        return BookingResponse.of(cancellingBooking.cancel(
                new CancelBookingCommand(new BookingId(id), caller.caller(), request == null ? null : request.reason())));
    }

    @Operation(operationId = "rsvp", summary = "Answer whether the attendee will come")
    @PutMapping("/{id}/rsvp")
    BookingResponse rsvp(@PathVariable UUID id, @Valid @RequestBody RsvpRequest request, AuthenticatedUser caller) {
        return BookingResponse.of(answeringRsvp.answer(
                new AnswerRsvpCommand(new BookingId(id), caller.caller(), request.answer())));
    }

    /** Filters are accepted in any case ({@code when=upcoming}); an unknown value is a 400 naming the choices. */
    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(name + " must be one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }
}
