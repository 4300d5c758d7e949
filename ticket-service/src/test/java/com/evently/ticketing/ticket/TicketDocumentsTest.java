package com.evently.ticketing.ticket;

import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class TicketDocumentsTest extends TicketServiceFixture {

    private static final float SCAN_DPI = 200;

    @Test
    void qrCodeScansToTheTicketsCheckInPayload() {
        TicketView ticket = issue(1).tickets().getFirst();

        byte[] png = tickets.get("/api/v1/tickets/" + ticket.id() + "/qr.png", buyer)
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(QrScanner.scan(png)).isEqualTo(ticket.qrPayload());
    }

    @Test
    void pdfShowsTheEventAndCodeAndAScannableQrCode() throws IOException {
        Issued issued = issue(1);
        TicketView ticket = issued.tickets().getFirst();

        byte[] pdf = tickets.get("/api/v1/tickets/" + ticket.id() + "/pdf", buyer)
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition -> assertThat(disposition)
                        .startsWith("attachment").contains("ticket-" + ticket.id() + ".pdf"))
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(issued.confirmed().event().title(), ticket.code(), "Hall A, Lisbon", "Day 1",
                    "Standard", buyer.email(), buyer.name());
            // 09:00 UTC on 1 March is 09:00 in Lisbon (WET); shown in the event's zone, not the server's
            assertThat(text).contains("Monday 1 March 2027, 09:00", "Europe/Lisbon");
            assertThat(QrScanner.scan(new PDFRenderer(document).renderImageWithDPI(0, SCAN_DPI, ImageType.RGB)))
                    .isEqualTo(ticket.qrPayload());
        }
    }

    @Test
    void internalBookingPdfHasAPagePerTicketEachWithItsQrCode() throws IOException {
        Issued issued = issue(3);

        byte[] pdf = http.get().uri(bookingPdf(issued.confirmed().bookingId()))
                .header(HttpHeaders.AUTHORIZATION, notificationService())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFRenderer renderer = new PDFRenderer(document);
            List<String> scanned = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                scanned.add(QrScanner.scan(renderer.renderImageWithDPI(page, SCAN_DPI, ImageType.RGB)));
            }
            assertThat(scanned).containsExactlyInAnyOrderElementsOf(
                    issued.tickets().stream().map(TicketView::qrPayload).toList());
        }
    }

    @Test
    void holdersBookingPdfHasAPagePerValidTicketEachWithItsSignedPass() throws IOException {
        Issued issued = issue(3);
        TicketView given = issued.tickets().getFirst();
        http.post().uri("/api/v1/tickets/" + given.id() + "/transfer")
                .header(HttpHeaders.AUTHORIZATION, buyer.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", "friend-" + UUID.randomUUID() + "@example.com")).exchange()
                .expectStatus().isOk();

        byte[] pdf = tickets.get("/api/v1/tickets/pdf?bookingId=" + issued.confirmed().bookingId(), buyer)
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectBody(byte[].class).returnResult().getResponseBody();
        byte[] mailed = http.get().uri(bookingPdf(issued.confirmed().bookingId()))
                .header(HttpHeaders.AUTHORIZATION, notificationService()).exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();

        List<String> kept = issued.tickets().subList(1, 3).stream().map(TicketView::qrPayload).toList();
        for (byte[] document : List.of(pdf, mailed)) {
            assertThat(scanEveryPage(document)).containsExactlyInAnyOrderElementsOf(kept);
        }
        tickets.get("/api/v1/tickets/pdf?bookingId=" + issued.confirmed().bookingId(), TestUser.attendee())
                .expectStatus().isNotFound();
    }

    private static List<String> scanEveryPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<String> scanned = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                scanned.add(QrScanner.scan(renderer.renderImageWithDPI(page, SCAN_DPI, ImageType.RGB)));
            }
            return scanned;
        }
    }

    @Test
    void internalBookingPdfIsForNotificationServicesTokenOnly() {
        UUID bookingId = issue(1).confirmed().bookingId();

        http.get().uri(bookingPdf(bookingId)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // a person's token is no substitute for a service's, whatever its roles
        http.get().uri(bookingPdf(bookingId)).header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri(bookingPdf(bookingId)).header(HttpHeaders.AUTHORIZATION, buyer.bearer()).exchange()
                .expectStatus().isForbidden();
        // nor is another service's: event-service may resize inventory, not read tickets
        http.get().uri(bookingPdf(bookingId)).header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + TestIdentityProvider.get().serviceToken(InternalScopes.BOOKING_INVENTORY))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void internalBookingPdfOfBookingWithoutTicketsIsNotFound() {
        http.get().uri(bookingPdf(UUID.randomUUID()))
                .header(HttpHeaders.AUTHORIZATION, notificationService())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String notificationService() {
        return "Bearer " + TestIdentityProvider.get().serviceToken(InternalScopes.TICKET_DOCUMENTS);
    }

    private static String bookingPdf(UUID bookingId) {
        return "/internal/v1/bookings/" + bookingId + "/tickets.pdf";
    }

}
