package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.PlacedBooking;
import com.evently.ticketing.booking.application.PlacingBooking;
import com.evently.ticketing.booking.application.ViewingBooking;
import com.evently.ticketing.booking.domain.BookingId;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.IdempotencyKey;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/bookings")
class BookingController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Tells a client that this 201 repeats an earlier answer for the same key (nothing new was booked). */
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final PlacingBooking placingBooking;
    private final ViewingBooking viewingBooking;

    BookingController(PlacingBooking placingBooking, ViewingBooking viewingBooking) {
        this.placingBooking = placingBooking;
        this.viewingBooking = viewingBooking;
    }

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

    @GetMapping("/{id}")
    BookingResponse view(@PathVariable UUID id, AuthenticatedUser caller) {
        return BookingResponse.of(viewingBooking.view(new BookingId(id), caller.caller()));
    }
}
