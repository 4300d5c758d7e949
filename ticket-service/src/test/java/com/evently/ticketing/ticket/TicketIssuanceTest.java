package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.platform.outbox.OutboxRelay;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketCode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.testsupport.ContractAssertions.assertMatchesSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class TicketIssuanceTest extends TicketServiceFixture {

    @Autowired
    MeterRegistry meters;
    @Autowired
    Tickets ticketStore;
    @Autowired
    FieldSealing sealing;
    @Autowired
    OutboxRelay relay;

    @Test
    void issuesOneTicketPerSeatWithDistinctCodes() {
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, 3);

        bookings.publish(confirmed);

        List<TicketView> issued = tickets.awaitTickets(confirmed.bookingId(), buyer, 3);
        assertThat(issued).hasSize(3);
        assertThat(issued).extracting(TicketView::code).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[A-Z2-7]{32}"));
        assertThat(issued).allSatisfy(ticket -> {
            assertThat(ticket.bookingId()).isEqualTo(confirmed.bookingId());
            assertThat(ticket.eventId()).isEqualTo(confirmed.eventId());
            assertThat(ticket.status()).isEqualTo("VALID");
            assertThat(ticket.holderEmail()).isEqualTo(buyer.email());
            assertThat(ticket.holderName()).isEqualTo(buyer.name());
            // a compact JWS: header, claims and signature
            assertThat(ticket.qrPayload()).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
            assertThat(ticket.issuedAt()).isNotNull();
        });
        assertThat(seatsTicketed(confirmed.bookingId())).containsExactlyInAnyOrderElementsOf(confirmed.seatIds());
    }

    @Test
    void redeliveredOrRepublishedConfirmationIssuesNoSecondTicket() {
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, 3);
        String firstEventId = bookings.publish(confirmed);
        tickets.awaitTickets(confirmed.bookingId(), buyer, 3);

        bookings.publish(confirmed, firstEventId);
        String republishedEventId = bookings.publish(confirmed);

        // one partition per booking key: once the re-publish is in the inbox, the redelivery before it was handled
        await().atMost(Duration.ofSeconds(45)).until(() -> inboxHas(republishedEventId));
        assertThat(tickets.ofBooking(confirmed.bookingId(), buyer)).hasSize(3);
        assertThat(seatsTicketed(confirmed.bookingId())).hasSize(3);
        assertThat(TestEventBus.await(Topics.TICKET_EVENTS, message -> isTicketsIssuedOf(confirmed, message), 2,
                Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void announcesIssuedTicketsOnKafkaKeyedByBooking() {
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, 2);
        bookings.publish(confirmed);
        List<TicketView> issued = tickets.awaitTickets(confirmed.bookingId(), buyer, 2);

        List<TestEventBus.Message> published = TestEventBus.await(Topics.TICKET_EVENTS,
                message -> confirmed.bookingId().toString().equals(message.key()), 1, Duration.ofSeconds(45));

        assertThat(published).hasSize(1);
        TestEventBus.Message message = published.getFirst();
        assertThat(message.eventType()).isEqualTo(EventTypes.TICKETS_ISSUED);
        assertThat(message.eventId()).isNotBlank();
        assertMatchesSchema(EventTypes.TICKETS_ISSUED, message.payload());

        TicketsIssued payload = json.readValue(message.payload(), TicketsIssued.class);
        assertThat(payload.bookingId()).isEqualTo(confirmed.bookingId());
        assertThat(payload.userId()).isEqualTo(buyer.id());
        assertThat(payload.holderEmail()).isEqualTo(buyer.email());
        assertThat(payload.eventTitle()).isEqualTo(confirmed.event().title());
        assertThat(payload.timeZone()).isEqualTo("Europe/Lisbon");
        assertThat(payload.sessionStartsAt()).isEqualTo(confirmed.event().sessionStartsAt());
        assertThat(payload.tickets()).extracting(TicketsIssued.IssuedTicket::seatId)
                .containsExactlyInAnyOrderElementsOf(confirmed.seatIds());
        assertThat(payload.tickets()).extracting(this::codeOf)
                .containsExactlyInAnyOrderElementsOf(issued.stream().map(TicketView::code).toList());
    }

    /** Issue 10: codes never travel in clear, and the outbox row does not outlive its publication. */
    @Test
    void ticketCodesAreInNoOutboxRowNorKafkaRecordInClearAndTheRowIsGoneOncePublished() {
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, 2);
        List<String> codes;
        relay.stop();
        try {
            bookings.publish(confirmed);
            codes = tickets.awaitTickets(confirmed.bookingId(), buyer, 2).stream().map(TicketView::code).toList();

            Map<String, Object> row = jdbc.sql("""
                            SELECT payload::text AS payload, headers::text AS headers, purge_on_publish FROM outbox
                            WHERE event_type = :type AND aggregate_id = :bookingId""")
                    .param("type", EventTypes.TICKETS_ISSUED).param("bookingId", confirmed.bookingId().toString())
                    .query().singleRow();
            assertThat(row.get("purge_on_publish")).isEqualTo(true);
            assertThat(json.readValue((String) row.get("payload"), TicketsIssued.class).tickets())
                    .extracting(this::codeOf).containsExactlyInAnyOrderElementsOf(codes);
            for (String code : codes) {
                assertThat(jdbc.sql("""
                                SELECT count(*) FROM outbox
                                WHERE payload::text LIKE :code OR headers::text LIKE :code""")
                        .param("code", "%" + code + "%").query(Long.class).single())
                        .as("outbox rows holding a code in clear").isZero();
            }
        } finally {
            relay.start();
        }

        TestEventBus.Message published = TestEventBus.await(Topics.TICKET_EVENTS,
                message -> isTicketsIssuedOf(confirmed, message), 1, Duration.ofSeconds(45)).getFirst();
        assertThat(json.readValue(published.payload(), TicketsIssued.class).tickets()).extracting(this::codeOf)
                .containsExactlyInAnyOrderElementsOf(codes);
        assertThat(TestEventBus.await(Topics.TICKET_EVENTS,
                message -> codes.stream().anyMatch(message.payload()::contains), 1, Duration.ofSeconds(2)))
                .as("ticket records holding a code in clear").isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                ticketsIssuedInOutbox(confirmed.bookingId())).as("the row is deleted once Kafka has it").isEmpty());
    }

    /** As notification-service reads it. */
    private String codeOf(TicketsIssued.IssuedTicket ticket) {
        return sealing.open(ticket.sealedCode(), TicketsIssued.IssuedTicket.sealingContext(ticket.ticketId()));
    }

    private static boolean isTicketsIssuedOf(BookingConfirmed confirmed, TestEventBus.Message message) {
        return confirmed.bookingId().toString().equals(message.key())
                && EventTypes.TICKETS_ISSUED.equals(message.eventType());
    }

    @Test
    void countsIssuedTickets() {
        double before = ticketsIssuedCount();
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, 4);

        bookings.publish(confirmed);
        tickets.awaitTickets(confirmed.bookingId(), buyer, 4);

        // the counter moves after commit, a moment after the tickets became visible
        await().atMost(Duration.ofSeconds(5)).until(() -> ticketsIssuedCount() >= before + 4);
    }

    @Test
    void databaseRefusesASecondTicketForATicketedSeat() {
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, 1);
        bookings.publish(confirmed);
        Ticket issued = ticketStore.byId(tickets.awaitTickets(confirmed.bookingId(), buyer, 1).getFirst().id())
                .orElseThrow();
        Ticket sameSeatAgain = Ticket.issued(UUID.randomUUID(), UUID.randomUUID(), issued.seatId(), issued.userId(),
                issued.eventId(), issued.sessionId(), issued.ticketTypeId(), issued.holder(), issued.event(),
                TicketCode.random(new SecureRandom()), issued.pass(), Instant.now());

        assertThatExceptionOfType(DuplicateKeyException.class)
                .isThrownBy(() -> ticketStore.addAll(List.of(sameSeatAgain)));
        assertThat(seatsTicketed(confirmed.bookingId())).containsExactly(issued.seatId());
    }

    private double ticketsIssuedCount() {
        return meters.get("ticketing.tickets.issued").counter().count();
    }

    private List<UUID> seatsTicketed(UUID bookingId) {
        return jdbc.sql("SELECT seat_id FROM ticket WHERE booking_id = :bookingId")
                .param("bookingId", bookingId)
                .query(UUID.class)
                .list();
    }

    private boolean inboxHas(String eventId) {
        return jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :eventId")
                .param("eventId", UUID.fromString(eventId))
                .query(Integer.class)
                .single() == 1;
    }

    private List<String> ticketsIssuedInOutbox(UUID bookingId) {
        return jdbc.sql("""
                        SELECT payload::text FROM outbox
                        WHERE event_type = :type AND aggregate_type = 'Booking' AND aggregate_id = :bookingId
                        """)
                .param("type", EventTypes.TICKETS_ISSUED)
                .param("bookingId", bookingId.toString())
                .query(String.class)
                .list();
    }
}
