package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.contracts.ticket.TicketsVoided;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.evently.ticketing.testsupport.ContractAssertions.assertMatchesSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tickets follow their booking through changes and cancellation, over Kafka and the real database. */
@ServiceIntegrationTest
class BookingLifecycleTest extends TicketServiceFixture {

    @Test
    void cancelledBookingsTicketsAreAllVoidWithTimeAndReason() {
        Issued issued = issue(3);

        notices.publish(BookingNotices.cancelled(issued.confirmed(), BookingCancelled.Cause.BUYER, "Cannot travel"));

        List<TicketView> after = tickets.awaitStatuses(issued.confirmed().bookingId(), buyer, 3, "VOID");
        assertThat(after).allSatisfy(ticket -> {
            assertThat(ticket.statusChangedAt()).isNotNull();
            assertThat(ticket.statusReason()).isEqualTo("Booking cancelled by the buyer: Cannot travel");
        });
        assertThat(tickets.get("/api/v1/tickets/" + after.getFirst().id(), buyer).expectStatus().isOk()
                .expectBody(TicketView.class).returnResult().getResponseBody().status()).isEqualTo("VOID");
        TestEventBus.Message voided = TestEventBus.await(Topics.TICKET_EVENTS,
                message -> issued.confirmed().bookingId().toString().equals(message.key())
                        && EventTypes.TICKETS_VOIDED.equals(message.eventType()), 1, Duration.ofSeconds(45)).getFirst();
        assertMatchesSchema(EventTypes.TICKETS_VOIDED, voided.payload());
        TicketsVoided voiding = json.readValue(voided.payload(), TicketsVoided.class);
        assertThat(voiding.reason()).isEqualTo(TicketsVoided.Reason.BOOKING_CANCELLED);
        assertThat(voiding.tickets()).extracting(TicketsVoided.VoidedTicket::ticketId)
                .containsExactlyInAnyOrderElementsOf(after.stream().map(TicketView::id).toList());
    }

    @Test
    void changeVoidsReleasedSeatsAndTicketsAddedSeatsOnceEvenWhenRedelivered() {
        Issued issued = issue(2);
        BookingConfirmed confirmed = issued.confirmed();
        UUID kept = confirmed.seatIds().get(0);
        UUID released = confirmed.seatIds().get(1);
        List<UUID> added = List.of(UUID.randomUUID(), UUID.randomUUID());
        BookingChanged change = BookingNotices.changed(confirmed, 1, confirmed.seatIds(),
                Stream.concat(Stream.of(kept), added.stream()).toList());

        String eventId = notices.publish(change);
        notices.publish(change, eventId);
        String republished = notices.publish(change);
        awaitConsumed(republished);

        List<TicketView> after = tickets.ofBooking(confirmed.bookingId(), buyer);
        assertThat(after).hasSize(4);
        assertThat(statusOfSeat(after, released)).isEqualTo("VOID");
        assertThat(statusOfSeat(after, kept)).isEqualTo("VALID");
        assertThat(added).allSatisfy(seat -> assertThat(statusOfSeat(after, seat)).isEqualTo("VALID"));
        assertThat(after).filteredOn(ticket -> ticket.seatId().equals(released)).singleElement()
                .satisfies(ticket -> assertThat(ticket.statusReason()).contains("revision 1"));
        assertThat(ticketRows(confirmed.bookingId())).isEqualTo(4);

        List<TestEventBus.Message> announced = TestEventBus.await(Topics.TICKET_EVENTS,
                message -> confirmed.bookingId().toString().equals(message.key()), 3, Duration.ofSeconds(45));
        // the confirmation's tickets, then once for the change: the released seat's ticket voided, the added ticketed
        assertThat(announced).extracting(TestEventBus.Message::eventType).containsExactly(EventTypes.TICKETS_ISSUED,
                EventTypes.TICKETS_VOIDED, EventTypes.TICKETS_ISSUED);
        TestEventBus.Message voided = announced.get(1);
        assertMatchesSchema(EventTypes.TICKETS_VOIDED, voided.payload());
        TicketsVoided voiding = json.readValue(voided.payload(), TicketsVoided.class);
        assertThat(voiding.reason()).isEqualTo(TicketsVoided.Reason.BOOKING_CHANGED);
        assertThat(voiding.tickets()).extracting(TicketsVoided.VoidedTicket::seatId).containsExactly(released);
        TestEventBus.Message forAdded = announced.getLast();
        assertThat(forAdded.eventType()).isEqualTo(EventTypes.TICKETS_ISSUED);
        assertMatchesSchema(EventTypes.TICKETS_ISSUED, forAdded.payload());
        assertThat(json.readValue(forAdded.payload(), TicketsIssued.class).tickets())
                .extracting(TicketsIssued.IssuedTicket::seatId).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void staleChangeArrivingAfterANewerOneChangesNothing() {
        Issued issued = issue(2);
        BookingConfirmed confirmed = issued.confirmed();
        List<UUID> afterFirst = List.of(confirmed.seatIds().get(0), UUID.randomUUID());
        List<UUID> afterSecond = List.of(confirmed.seatIds().get(0));

        notices.publish(BookingNotices.changed(confirmed, 2, afterFirst, afterSecond));
        awaitConsumed(notices.publish(BookingNotices.changed(confirmed, 1, confirmed.seatIds(), afterFirst)));

        assertThat(tickets.ofBooking(confirmed.bookingId(), buyer)).filteredOn(ticket -> ticket.status().equals("VALID"))
                .extracting(TicketView::seatId).containsExactly(confirmed.seatIds().get(0));
        assertThat(ticketRows(confirmed.bookingId())).isEqualTo(2);
    }

    @Test
    void bookingCancelledBeforeItsConfirmationArrivesGetsNoTickets() {
        BookingConfirmed confirmed = ConfirmedBookings.of(buyer, 2);

        notices.publish(BookingNotices.cancelled(confirmed, BookingCancelled.Cause.EVENT_CANCELLED, null));
        awaitConsumed(bookings.publish(confirmed));

        assertThat(tickets.ofBooking(confirmed.bookingId(), buyer)).isEmpty();
        assertThat(ticketRows(confirmed.bookingId())).isZero();
    }

    @Test
    void changeOfACancelledBookingIssuesNothing() {
        Issued issued = issue(1);
        BookingConfirmed confirmed = issued.confirmed();
        notices.publish(BookingNotices.cancelled(confirmed, BookingCancelled.Cause.ADMIN, "Fraud"));

        awaitConsumed(notices.publish(BookingNotices.changed(confirmed, 1, confirmed.seatIds(),
                List.of(confirmed.seatIds().getFirst(), UUID.randomUUID()))));

        assertThat(tickets.ofBooking(confirmed.bookingId(), buyer)).singleElement()
                .satisfies(ticket -> assertThat(ticket.status()).isEqualTo("VOID"));
    }

    private static String statusOfSeat(List<TicketView> tickets, UUID seat) {
        return tickets.stream().filter(ticket -> ticket.seatId().equals(seat)).findFirst().orElseThrow().status();
    }

    private int ticketRows(UUID bookingId) {
        return jdbc.sql("SELECT count(*) FROM ticket WHERE booking_id = :bookingId")
                .param("bookingId", bookingId)
                .query(Integer.class)
                .single();
    }
}
