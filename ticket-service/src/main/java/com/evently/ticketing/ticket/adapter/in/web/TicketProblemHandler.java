package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.web.Problems;
import com.evently.ticketing.ticket.domain.TicketNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** This service's expected failures as problem+json; the platform's advice handles the rest. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TicketProblemHandler {

    @ExceptionHandler(TicketNotFound.class)
    ProblemDetail ticketNotFound(TicketNotFound e) {
        return Problems.of(TicketProblem.TICKET_NOT_FOUND, e.getMessage());
    }
}
