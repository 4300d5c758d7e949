package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.ticket.application.ProducingTicketDocuments;
import com.evently.ticketing.ticket.application.ViewingTickets;
import com.evently.ticketing.ticket.domain.Actor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A holder's own tickets (an admin's: anyone's). Someone else's ticket answers 404, as if it did not exist. */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    private final ViewingTickets viewingTickets;
    private final ProducingTicketDocuments documents;

    TicketController(ViewingTickets viewingTickets, ProducingTicketDocuments documents) {
        this.viewingTickets = viewingTickets;
        this.documents = documents;
    }

    @GetMapping
    TicketListResponse ofBooking(@RequestParam UUID bookingId, AuthenticatedUser caller) {
        return new TicketListResponse(viewingTickets.ofBooking(bookingId, Actor.of(caller.caller())).stream()
                .map(TicketResponse::of)
                .toList());
    }

    @GetMapping("/{ticketId}")
    TicketResponse byId(@PathVariable UUID ticketId, AuthenticatedUser caller) {
        return TicketResponse.of(viewingTickets.byId(ticketId, Actor.of(caller.caller())));
    }

    // no "produces": a 404 must still be answered as problem+json whatever the client accepts
    @GetMapping("/{ticketId}/qr.png")
    ResponseEntity<byte[]> qrCode(@PathVariable UUID ticketId, AuthenticatedUser caller) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .body(documents.qrCodePng(ticketId, Actor.of(caller.caller())));
    }

    @GetMapping("/{ticketId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID ticketId, AuthenticatedUser caller) {
        return PdfResponses.attachment(documents.ticketPdf(ticketId, Actor.of(caller.caller())), "ticket-" + ticketId + ".pdf");
    }
}
