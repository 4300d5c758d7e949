package com.evently.ticketing.ticket.adapter.out.pdf;

import com.evently.ticketing.ticket.PassShapedTokens;
import com.evently.ticketing.ticket.QrScanner;
import com.evently.ticketing.ticket.adapter.out.qr.ZxingQrCodes;
import com.evently.ticketing.ticket.application.port.out.PrintableTicket;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.EventSnapshot;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketHolder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ITextTicketDocumentRendererTest {

    /** Three inches of QR code at 200 dpi: the 600 pixels at which ZxingQrCodes reads each symbol back. */
    private static final float SCAN_DPI = 200;

    private final ZxingQrCodes qrCodes = new ZxingQrCodes(600);

    @Test
    void drawsEachPagesQrCodeAsVectorsThatScanToItsPass() throws IOException {
        Random random = new Random(20261207);
        List<Ticket> tickets = booking(3).issueTickets(new SecureRandom(), Instant.parse("2027-02-01T10:00:00Z"),
                (ticketId, eventId, sessionId, ticketTypeId, holder, event) -> PassShapedTokens.next(random)).tickets();

        byte[] pdf = new ITextTicketDocumentRenderer().pdf(tickets.stream()
                .map(ticket -> new PrintableTicket(ticket, qrCodes.symbol(ticket.pass())))
                .toList());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(tickets.size());
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < tickets.size(); page++) {
                assertThat(holdsAnImage(document.getPage(page).getResources())).as("page %d embeds a picture", page)
                        .isFalse();
                assertThat(QrScanner.scan(renderer.renderImageWithDPI(page, SCAN_DPI, ImageType.RGB)))
                        .isEqualTo(tickets.get(page).pass().token());
            }
        }
    }

    private static boolean holdsAnImage(PDResources resources) throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject
                    || object instanceof PDFormXObject form && form.getResources() != null
                    && holdsAnImage(form.getResources())) {
                return true;
            }
        }
        return false;
    }

    private static ConfirmedBooking booking(int seats) {
        return new ConfirmedBooking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), new TicketHolder("ana@example.com", "Ana Diaz"),
                new EventSnapshot("Java Day 2027", "Hall A, Lisbon", ZoneId.of("Europe/Lisbon"), "Day 1",
                        Instant.parse("2027-03-01T09:00:00Z"), Instant.parse("2027-03-01T17:00:00Z"), "Standard"),
                Stream.generate(UUID::randomUUID).limit(seats).toList());
    }
}
