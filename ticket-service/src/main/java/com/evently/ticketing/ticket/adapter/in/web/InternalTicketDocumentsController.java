package com.evently.ticketing.ticket.adapter.in.web;

import com.evently.ticketing.ticket.application.ProducingTicketDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * For notification-service, which attaches a booking's tickets to its confirmation e-mail. Under
 * /internal: the platform admits only service tokens holding {@code internal:ticket-documents}
 * ({@code TicketingConfiguration}), and the gateway never routes here.
 */
@RestController
class InternalTicketDocumentsController {

    private final ProducingTicketDocuments documents;

    InternalTicketDocumentsController(ProducingTicketDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/internal/v1/bookings/{bookingId}/tickets.pdf")
    ResponseEntity<byte[]> bookingPdf(@PathVariable UUID bookingId) {
        return PdfResponses.attachment(documents.bookingPdf(bookingId), "tickets-" + bookingId + ".pdf");
    }
}
