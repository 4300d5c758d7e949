package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.AcceptedOffer;
import com.evently.ticketing.booking.application.AcceptingWaitlistOffer;
import com.evently.ticketing.booking.application.DecliningWaitlistOffer;
import com.evently.ticketing.booking.application.JoiningWaitlist;
import com.evently.ticketing.booking.application.LeavingWaitlist;
import com.evently.ticketing.booking.application.ViewingWaitlist;
import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.domain.Buyer;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** A user's own waiting-list entries and offers; nobody sees or touches anyone else's. */
@RestController
class WaitlistController {

    static final String WAITLIST = "/api/v1/events/{eventId}/waitlist";
    static final String OFFER = "/api/v1/waitlist-offers/{offerId}";

    private final JoiningWaitlist joiningWaitlist;
    private final LeavingWaitlist leavingWaitlist;
    private final ViewingWaitlist viewingWaitlist;
    private final AcceptingWaitlistOffer acceptingOffer;
    private final DecliningWaitlistOffer decliningOffer;

    WaitlistController(JoiningWaitlist joiningWaitlist, LeavingWaitlist leavingWaitlist, ViewingWaitlist viewingWaitlist,
                       AcceptingWaitlistOffer acceptingOffer, DecliningWaitlistOffer decliningOffer) {
        this.joiningWaitlist = joiningWaitlist;
        this.leavingWaitlist = leavingWaitlist;
        this.viewingWaitlist = viewingWaitlist;
        this.acceptingOffer = acceptingOffer;
        this.decliningOffer = decliningOffer;
    }

    @Operation(operationId = "joinWaitlist", summary = "Join the waiting list of a sold-out line")
    @PostMapping(WAITLIST)
    ResponseEntity<WaitlistResponse.Entry> join(@PathVariable UUID eventId, @Valid @RequestBody JoinWaitlistRequest request,
                                                AuthenticatedUser caller) {
        Waitlist.Standing standing = joiningWaitlist.join(
                request.toCommand(eventId, new Buyer(caller.id(), caller.email(), caller.name())));
        return ResponseEntity.created(URI.create("/api/v1/events/" + eventId + "/waitlist"))
                .body(WaitlistResponse.Entry.of(standing));
    }

    @Operation(operationId = "waitlist", summary = "The caller's places on an event's waiting lists")
    @GetMapping(WAITLIST)
    WaitlistResponse view(@PathVariable UUID eventId, AuthenticatedUser caller) {
        return WaitlistResponse.of(eventId, viewingWaitlist.standingOf(caller.id(), eventId));
    }

    /** By line rather than by entry id: a user has at most one entry per line, and knows the line. */
    @Operation(operationId = "leaveWaitlist", summary = "Leave a waiting list")
    @DeleteMapping(WAITLIST)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leave(@PathVariable UUID eventId, @RequestParam UUID sessionId, @RequestParam UUID ticketTypeId,
               AuthenticatedUser caller) {
        leavingWaitlist.leave(caller.id(), new InventoryLineKey(eventId, sessionId, ticketTypeId));
    }

    /** 201 with the new booking; 200 with the same booking when the offer was accepted before. */
    @Operation(operationId = "acceptWaitlistOffer", summary = "Accept a waiting-list offer: book the held seats")
    @PostMapping(OFFER + "/accept")
    ResponseEntity<BookingResponse> accept(@PathVariable UUID offerId, AuthenticatedUser caller) {
        AcceptedOffer accepted = acceptingOffer.accept(offerId, caller.id());
        BookingResponse body = BookingResponse.of(accepted.booking());
        URI location = URI.create("/api/v1/bookings/" + body.id());
        return switch (accepted) {
            case AcceptedOffer.Confirmed ignored -> ResponseEntity.created(location).body(body);
            case AcceptedOffer.Replayed ignored -> ResponseEntity.ok().location(location).body(body);
        };
    }

    @Operation(operationId = "declineWaitlistOffer", summary = "Decline a waiting-list offer")
    @PostMapping(OFFER + "/decline")
    WaitlistResponse.Offer decline(@PathVariable UUID offerId, AuthenticatedUser caller) {
        return WaitlistResponse.Offer.of(decliningOffer.decline(offerId, caller.id()));
    }
}
