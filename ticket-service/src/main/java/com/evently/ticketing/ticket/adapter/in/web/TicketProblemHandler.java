package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.Problems;
import com.evently.ticketing.ticket.domain.CheckInNotPermitted;
import com.evently.ticketing.ticket.domain.ClaimGone;
import com.evently.ticketing.ticket.domain.ClaimNotFound;
import com.evently.ticketing.ticket.domain.DeviceNotRecognized;
import com.evently.ticketing.ticket.domain.TicketClaimConflict;
import com.evently.ticketing.ticket.domain.TicketNotFound;
import com.evently.ticketing.ticket.domain.TransferConflict;
import com.evently.ticketing.ticket.domain.TransferNotPermitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** This service's expected failures as problem+json; the platform's advice handles the rest. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TicketProblemHandler {

    @ExceptionHandler(CheckInNotPermitted.class)
    ProblemDetail checkInNotPermitted(CheckInNotPermitted e) {
        return Problems.of(TicketProblem.CHECK_IN_NOT_PERMITTED, e.getMessage());
    }

    @ExceptionHandler(TransferConflict.class)
    ProblemDetail transferConflict(TransferConflict e) {
        return Problems.of(TicketProblem.TICKET_NOT_TRANSFERABLE, e.getMessage());
    }

    @ExceptionHandler(TransferNotPermitted.class)
    ProblemDetail transferNotPermitted(TransferNotPermitted e) {
        return Problems.of(TicketProblem.TRANSFER_NOT_PERMITTED, e.getMessage());
    }

    @ExceptionHandler(DeviceNotRecognized.class)
    ProblemDetail deviceNotRecognized(DeviceNotRecognized e) {
        return Problems.of(PlatformProblem.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(DeviceRateLimit.DeviceRateLimited.class)
    ResponseEntity<ProblemDetail> deviceRateLimited(DeviceRateLimit.DeviceRateLimited e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(Problems.of(TicketProblem.CHECK_IN_RATE_LIMITED, e.getMessage()));
    }

    @ExceptionHandler(ClaimNotFound.class)
    ProblemDetail claimNotFound(ClaimNotFound e) {
        return Problems.of(TicketProblem.TICKET_CLAIM_NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ClaimGone.class)
    ProblemDetail claimGone(ClaimGone e) {
        return Problems.of(TicketProblem.TICKET_CLAIM_GONE, e.getMessage());
    }

    @ExceptionHandler(TicketClaimConflict.class)
    ProblemDetail ticketNotClaimable(TicketClaimConflict e) {
        return Problems.of(TicketProblem.TICKET_NOT_CLAIMABLE, e.getMessage());
    }

    @ExceptionHandler(TicketNotFound.class)
    ProblemDetail ticketNotFound(TicketNotFound e) {
        return Problems.of(TicketProblem.TICKET_NOT_FOUND, e.getMessage());
    }
}
