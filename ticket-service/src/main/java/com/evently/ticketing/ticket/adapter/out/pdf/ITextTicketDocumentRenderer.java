package com.evently.ticketing.ticket.adapter.out.pdf;

import com.evently.ticketing.ticket.application.port.out.PrintableTicket;
import com.evently.ticketing.ticket.application.port.out.QrSymbol;
import com.evently.ticketing.ticket.application.port.out.TicketDocumentRenderer;
import com.evently.ticketing.ticket.domain.EventSnapshot;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Ticket PDFs laid out with iText. iText is AGPL-3.0 licensed: this class is the only one that may touch
 * it, so that swapping the library (or buying its commercial licence) changes one adapter.
 */
public class ITextTicketDocumentRenderer implements TicketDocumentRenderer {

    /**
     * Three inches with the quiet zone, easy to scan from paper: at 200 dpi the 600 pixels of the picture that
     * ZxingQrCodes reads back.
     */
    private static final float QR_CODE_POINTS = 216;
    private static final DateTimeFormatter STARTS_AT =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ENDS_AT = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Override
    public byte[] pdf(List<PrintableTicket> tickets) {
        if (tickets.isEmpty()) {
            throw new IllegalArgumentException("A ticket document has at least one ticket");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PdfDocument pdfDocument = new PdfDocument(new PdfWriter(pdf));
             Document document = new Document(pdfDocument, PageSize.A4)) {
            pdfDocument.getDocumentInfo().setTitle(titleOf(tickets.getFirst().ticket().event()) + " – tickets");
            Fonts fonts = Fonts.create();
            for (int page = 0; page < tickets.size(); page++) {
                if (page > 0) {
                    document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                }
                addPage(document, fonts, tickets.get(page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static void addPage(Document document, Fonts fonts, PrintableTicket printable) {
        Ticket ticket = printable.ticket();
        EventSnapshot event = ticket.event();
        document.add(new Paragraph(titleOf(event)).setFont(fonts.bold()).setFontSize(24));
        addLine(document, fonts, "Venue", event.venue());
        addLine(document, fonts, "Session", event.sessionName());
        addLine(document, fonts, "Starts", whenOf(event));
        addLine(document, fonts, "Ticket type", event.ticketTypeName());
        addLine(document, fonts, "Holder", holderOf(ticket.holder()));
        document.add(new Image(drawing(printable.qrCode()))
                .scaleToFit(QR_CODE_POINTS, QR_CODE_POINTS)
                .setHorizontalAlignment(HorizontalAlignment.CENTER)
                .setMarginTop(24)
                .setMarginBottom(12));
        document.add(new Paragraph(ticket.code().value()).setFont(fonts.monospace()).setFontSize(14)
                .setTextAlignment(TextAlignment.CENTER));
        document.add(new Paragraph("Show this code at the entrance. Ticket " + ticket.id())
                .setFont(fonts.regular()).setFontSize(9).setFontColor(ColorConstants.GRAY)
                .setTextAlignment(TextAlignment.CENTER));
    }

    /**
     * The symbol as vector graphics in its own units, so that the page shows the picture that was read back: each
     * row's runs of dark modules as rectangles, filled as one path so that a renderer smooths its outline once and
     * leaves no seams between them. A few kilobytes of drawing instead of a picture to encode and embed. The units
     * are whole, so the path is written as integers: PdfCanvas writes every coordinate as a double, which was most of
     * the drawing's cost.
     */
    private static PdfFormXObject drawing(QrSymbol symbol) {
        int modules = symbol.modules();
        int moduleEdge = symbol.moduleEdge();
        int margin = symbol.margin();
        // black whatever colour the page was filling with where the drawing is placed
        StringBuilder path = new StringBuilder("0 g\n");
        for (int row = 0; row < modules; row++) {
            // a PDF's y axis points up, the symbol's rows go down
            int bottom = symbol.edge() - margin - (row + 1) * moduleEdge;
            for (int column = 0; column < modules; column++) {
                if (symbol.isDark(column, row)) {
                    int end = column + 1;
                    while (end < modules && symbol.isDark(end, row)) {
                        end++;
                    }
                    path.append(margin + column * moduleEdge).append(' ').append(bottom).append(' ')
                            .append((end - column) * moduleEdge).append(' ').append(moduleEdge).append(" re\n");
                    column = end;
                }
            }
        }
        path.append("f\n");
        PdfFormXObject drawing = new PdfFormXObject(new Rectangle(symbol.edge(), symbol.edge()));
        drawing.getPdfObject().setData(path.toString().getBytes(StandardCharsets.US_ASCII));
        return drawing;
    }

    private static void addLine(Document document, Fonts fonts, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        document.add(new Paragraph()
                .add(new Text(label + ": ").setFont(fonts.bold()))
                .add(new Text(value).setFont(fonts.regular()))
                .setFontSize(12)
                .setMarginBottom(2));
    }

    private static String titleOf(EventSnapshot event) {
        return event.title() == null || event.title().isBlank() ? "Event ticket" : event.title();
    }

    /** In the event's own zone: a Lisbon conference starts at 09:00 whatever zone the reader is in. */
    private static String whenOf(EventSnapshot event) {
        Instant startsAt = event.sessionStartsAt();
        if (startsAt == null) {
            return null;
        }
        ZoneId zone = event.timeZone();
        String when = STARTS_AT.format(startsAt.atZone(zone));
        if (event.sessionEndsAt() != null) {
            when += " – " + ENDS_AT.format(event.sessionEndsAt().atZone(zone));
        }
        return when + " (" + zone.getId() + ")";
    }

    private static String holderOf(TicketHolder holder) {
        return holder.name() == null ? holder.email() : holder.name() + " <" + holder.email() + ">";
    }

    /** iText binds a font to one document, so each document gets its own set. */
    private record Fonts(PdfFont regular, PdfFont bold, PdfFont monospace) {

        static Fonts create() throws IOException {
            return new Fonts(PdfFontFactory.createFont(StandardFonts.HELVETICA),
                    PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD),
                    PdfFontFactory.createFont(StandardFonts.COURIER));
        }
    }
}
