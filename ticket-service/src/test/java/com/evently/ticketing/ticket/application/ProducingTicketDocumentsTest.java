package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.PrintableTicket;
import com.evently.ticketing.ticket.application.port.out.QrCodes;
import com.evently.ticketing.ticket.application.port.out.QrSymbol;
import com.evently.ticketing.ticket.domain.CheckInPass;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketCode;
import com.evently.ticketing.ticket.domain.TicketHolder;
import com.evently.ticketing.ticket.domain.TicketNotFound;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.admin;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.ticketed;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link ProducingTicketDocuments} with QR codes that spell the payload out and a renderer that records its pages. */
class ProducingTicketDocumentsTest {

    private static final byte[] PDF = "%PDF-fake".getBytes(StandardCharsets.US_ASCII);

    private final InMemoryTickets tickets = new InMemoryTickets();
    private final QrCodes qrCodes = new SpelledOutQrCodes();
    private final List<List<PrintableTicket>> rendered = new ArrayList<>();
    private final ProducingTicketDocuments documents = new ProducingTicketDocuments(new ViewingTickets(tickets),
            tickets, qrCodes, printables -> {
                rendered.add(printables);
                return PDF;
            });
    private final UUID holder = UUID.randomUUID();

    @Test
    void qrCodeCarriesTheTicketsCheckInPayload() {
        Ticket ticket = ticketed(tickets, holder, 1).getFirst();

        byte[] png = documents.qrCodePng(ticket.id(), user(holder));

        assertThat(new String(png, StandardCharsets.US_ASCII)).isEqualTo(ticket.pass().token());
    }

    @Test
    void ticketPdfIsOnePageWithTheTicketAndItsQrCode() {
        Ticket ticket = ticketed(tickets, holder, 2).getLast();

        assertThat(documents.ticketPdf(ticket.id(), user(holder))).isEqualTo(PDF);

        assertThat(rendered).singleElement().satisfies(pages -> assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.ticket()).isEqualTo(ticket);
            assertThat(page.qrCode()).isEqualTo(qrCodes.symbol(ticket.pass()));
        }));
    }

    @Test
    void strangerGetsNeitherQrCodeNorPdf() {
        Ticket ticket = ticketed(tickets, holder, 1).getFirst();

        assertThatExceptionOfType(TicketNotFound.class)
                .isThrownBy(() -> documents.qrCodePng(ticket.id(), user(UUID.randomUUID())));
        assertThatExceptionOfType(TicketNotFound.class)
                .isThrownBy(() -> documents.ticketPdf(ticket.id(), user(UUID.randomUUID())));
        assertThat(rendered).isEmpty();
    }

    @Test
    void adminGetsAnyonesQrCodeAndPdf() {
        Ticket ticket = ticketed(tickets, holder, 1).getFirst();

        assertThat(documents.qrCodePng(ticket.id(), admin())).isEqualTo(qrCodes.png(ticket.pass()));
        assertThat(documents.ticketPdf(ticket.id(), admin())).isEqualTo(PDF);
    }

    @Test
    void bookingPdfHasAPagePerTicketInTheOrderTheyWereIssued() {
        List<Ticket> issued = ticketed(tickets, holder, 3);
        ticketed(tickets, holder, 2);

        assertThat(documents.bookingPdf(issued.getFirst().bookingId())).isEqualTo(PDF);

        assertThat(rendered).singleElement().satisfies(pages -> {
            assertThat(pages).extracting(PrintableTicket::ticket).containsExactlyElementsOf(issued);
            assertThat(pages).allSatisfy(page ->
                    assertThat(page.qrCode()).isEqualTo(qrCodes.symbol(page.ticket().pass())));
        });
    }

    @Test
    void bookingPdfLeavesOutTicketsThatNoLongerAdmitTheBuyer() {
        List<Ticket> issued = ticketed(tickets, holder, 3);
        Ticket released = issued.get(1);
        tickets.updateStatus(List.of(released.voided(UseCaseFixtures.NOW, "Seat released")));
        Ticket given = issued.get(2);
        tickets.updateStatus(List.of(given.revoked(UseCaseFixtures.NOW, "Transferred")));
        tickets.addAll(List.of(given.transferredTo(new TicketHolder("bea@example.com", null), null, UUID.randomUUID(),
                TicketCode.random(UseCaseFixtures.RANDOM), new CheckInPass("pass-of-bea"), UseCaseFixtures.NOW)));

        documents.bookingPdf(issued.getFirst().bookingId());
        documents.bookingPdf(issued.getFirst().bookingId(), user(holder));

        assertThat(rendered).hasSize(2).allSatisfy(pages -> assertThat(pages).extracting(PrintableTicket::ticket)
                .containsExactly(issued.getFirst()));
    }

    @Test
    void bookingPdfOfABookingWithoutTicketsIsNotFound() {
        UUID bookingId = UUID.randomUUID();

        assertThatExceptionOfType(TicketNotFound.class)
                .isThrownBy(() -> documents.bookingPdf(bookingId))
                .withMessage("No tickets for booking " + bookingId);
        assertThat(rendered).isEmpty();
    }

    /** The pass's characters as the picture and as the symbol's dark modules: each code tells whose pass it shows. */
    private static final class SpelledOutQrCodes implements QrCodes {

        @Override
        public QrSymbol symbol(CheckInPass pass) {
            BitSet dark = BitSet.valueOf(png(pass));
            int modules = (int) Math.ceil(Math.sqrt(dark.length()));
            return new QrSymbol(modules, dark, 1, modules);
        }

        @Override
        public byte[] png(CheckInPass pass) {
            return pass.token().getBytes(StandardCharsets.US_ASCII);
        }
    }
}
