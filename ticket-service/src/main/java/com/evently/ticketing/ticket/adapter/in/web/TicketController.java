package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.platform.domain.InvalidInput;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import com.evently.ticketing.ticket.application.ClaimingTicket;
import com.evently.ticketing.ticket.application.ProducingTicketDocuments;
import com.evently.ticketing.ticket.application.TransferringTicket;
import com.evently.ticketing.ticket.application.ViewingTickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.ClaimToken;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.evently.ticketing.ticket.domain.TransferNotPermitted;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;
import java.util.regex.Pattern;

/** A holder's own tickets (an admin's: anyone's). Someone else's ticket answers 404, as if it did not exist. */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketController {

    private final ViewingTickets viewingTickets;
    private final ProducingTicketDocuments documents;
    private final TransferringTicket transferringTicket;
    private final ClaimingTicket claimingTicket;

    TicketController(ViewingTickets viewingTickets, ProducingTicketDocuments documents,
                     TransferringTicket transferringTicket, ClaimingTicket claimingTicket) {
        this.viewingTickets = viewingTickets;
        this.transferringTicket = transferringTicket;
        this.claimingTicket = claimingTicket;
        this.documents = documents;
    }

    @Operation(operationId = "tickets", summary = "The tickets of a booking, or the caller's tickets")
    @GetMapping(params = "bookingId")
    TicketListResponse ofBooking(@RequestParam UUID bookingId, AuthenticatedUser caller) {
        return new TicketListResponse(viewingTickets.ofBooking(bookingId, actor(caller)).stream()
                .map(TicketResponse::of)
                .toList());
    }

    /** The caller's tickets: issued to their account, or transferred to the address they sign in with. */
    @Operation(operationId = "tickets", summary = "The tickets of a booking, or the caller's tickets")
    @GetMapping(params = "!bookingId")
    PageResponse<TicketResponse> held(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size, AuthenticatedUser caller) {
        ViewingTickets.HeldTickets held = viewingTickets.held(actor(caller), page, size);
        return PageResponse.of(held.page().stream().map(TicketResponse::of).toList(), page, size, held.total());
    }

    /** Every valid ticket of the booking the caller holds, one page each: what they print or keep on their phone. */
    @Operation(operationId = "bookingPdf", summary = "A booking's tickets as one PDF")
    @GetMapping(path = "/pdf", params = "bookingId")
    ResponseEntity<byte[]> bookingPdf(@RequestParam UUID bookingId, AuthenticatedUser caller) {
        return PdfResponses.attachment(documents.bookingPdf(bookingId, actor(caller)), "tickets-" + bookingId + ".pdf");
    }

    /** The giver learns of the transfer, never the new ticket's code or pass: those admit whoever holds them. */
    @Operation(operationId = "transferTicket", summary = "Transfer a ticket to someone else")
    @PostMapping("/{ticketId}/transfer")
    TransferResponse transfer(@PathVariable UUID ticketId, @RequestBody TransferRequest request,
                              AuthenticatedUser caller) {
        return TransferResponse.of(transferringTicket.transfer(actor(caller), ticketId, request.holder()));
    }

    record TransferRequest(String email, String name) {

        private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        private static final int MAX_LENGTH = 200;

        TicketHolder holder() {
            if (email == null || email.length() > MAX_LENGTH || !EMAIL.matcher(email.strip()).matches()) {
                throw new InvalidInput("email must be an e-mail address");
            }
            if (name != null && name.length() > MAX_LENGTH) {
                throw new InvalidInput("name is at most " + MAX_LENGTH + " characters");
            }
            return new TicketHolder(email.strip(), name == null ? null : name.strip());
        }
    }

    /** The link mailed to a transfer's address without an account makes the ticket the caller's. */
    @Operation(operationId = "claimTicket", summary = "Claim a ticket transferred to you with the token of the claim link")
    @PostMapping("/claims")
    TicketResponse claim(@RequestBody ClaimRequest request, AuthenticatedUser caller) {
        // a person's account: the ticket is made out to the address it signs in with (a client has none)
        if (caller.email() == null || caller.email().isBlank()) {
            throw new TransferNotPermitted("Only a person's account claims a ticket");
        }
        return TicketResponse.of(claimingTicket.claim(actor(caller),
                new TicketHolder(caller.email(), caller.name()), request.claimToken()));
    }

    record ClaimRequest(String token) {

        // 32 random bytes in unpadded base64url are 43 characters; a little slack for a future longer token
        private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

        ClaimToken claimToken() {
            if (token == null || !TOKEN.matcher(token).matches()) {
                throw new InvalidInput("token must be the token of a claim link");
            }
            return new ClaimToken(token);
        }
    }

    private static Actor actor(AuthenticatedUser caller) {
        return Actor.of(caller.caller(), caller.email());
    }

    @Operation(operationId = "getTicket", summary = "One ticket")
    @GetMapping("/{ticketId}")
    TicketResponse byId(@PathVariable UUID ticketId, AuthenticatedUser caller) {
        return TicketResponse.of(viewingTickets.byId(ticketId, actor(caller)));
    }

    // no "produces": a 404 must still be answered as problem+json whatever the client accepts
    @Operation(operationId = "ticketQrCode", summary = "A ticket's QR code (PNG)")
    @GetMapping("/{ticketId}/qr.png")
    ResponseEntity<byte[]> qrCode(@PathVariable UUID ticketId, AuthenticatedUser caller) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .body(documents.qrCodePng(ticketId, actor(caller)));
    }

    @Operation(operationId = "ticketPdf", summary = "A ticket as PDF")
    @GetMapping("/{ticketId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID ticketId, AuthenticatedUser caller) {
        return PdfResponses.attachment(documents.ticketPdf(ticketId, actor(caller)), "ticket-" + ticketId + ".pdf");
    }
}
