package com.evently.ticketing.booking.adapter.in.web;

import com.evently.ticketing.booking.application.FeedbackQuery;
import com.evently.ticketing.booking.application.GivingFeedback;
import com.evently.ticketing.booking.application.ViewingFeedback;
import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

import static com.evently.ticketing.booking.adapter.in.web.QueryParameters.number;

/** Attendees rate the session they booked; the event's organizer (and admins) read the result. */
@RestController
class FeedbackController {

    private final GivingFeedback givingFeedback;
    private final ViewingFeedback viewingFeedback;

    FeedbackController(GivingFeedback givingFeedback, ViewingFeedback viewingFeedback) {
        this.givingFeedback = givingFeedback;
        this.viewingFeedback = viewingFeedback;
    }

    @Operation(operationId = "giveFeedback", summary = "Give feedback on an attended booking")
    @PostMapping("/api/v1/bookings/{bookingId}/feedback")
    ResponseEntity<FeedbackResponse> give(@PathVariable UUID bookingId, @Valid @RequestBody GiveFeedbackRequest request,
                                          AuthenticatedUser caller) {
        Feedback feedback = givingFeedback.give(request.toCommand(bookingId, caller.id(), caller.email()));
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + bookingId + "/feedback"))
                .body(FeedbackResponse.of(feedback));
    }

    @Operation(operationId = "eventFeedback", summary = "Feedback given on an event")
    @GetMapping("/api/v1/events/{eventId}/feedback")
    FeedbackReportResponse view(@PathVariable UUID eventId, @RequestParam(required = false) String page,
                                @RequestParam(required = false) String size, AuthenticatedUser caller) {
        FeedbackQuery query = new FeedbackQuery(eventId, number("page", page, 0),
                number("size", size, FeedbackQuery.DEFAULT_SIZE));
        return FeedbackReportResponse.of(viewingFeedback.view(query, caller.caller()));
    }
}
