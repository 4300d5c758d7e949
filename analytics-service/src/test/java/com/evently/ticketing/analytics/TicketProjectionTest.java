package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.contracts.ticket.TicketsVoided;
import com.evently.ticketing.testsupport.TestEventBus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.analytics.IntegrationEventFeed.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Tickets and check-ins from {@code ticket.events.v1}, through the inbox, into the per-event figures. */
class TicketProjectionTest extends AnalyticsIntegrationTest {

    @Test
    void aTicketAdmittedTwiceOrAnnouncedAgainCountsOnceOnItsLine() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), UUID.randomUUID(), 2, 10);
        events.publish(event);
        BookingConfirmed booking = events.bookingConfirmed(event, 1, 0, 3);
        events.publish(booking);
        double countedBefore = prometheusValue("ticketing_analytics_check_ins_total");
        UUID ticket = UUID.randomUUID();
        TicketCheckedIn first = events.ticketCheckedIn(booking, lineOf(booking), ticket, Instant.now());
        String delivery = UUID.randomUUID().toString();

        events.publish(first, delivery);
        events.publish(first, delivery);
        events.publish(events.ticketCheckedIn(booking, lineOf(booking), ticket, Instant.now().plusSeconds(5)));
        String last = events.publish(events.ticketCheckedIn(booking, lineOf(booking), UUID.randomUUID(),
                Instant.now()));

        // same key, same partition, consumed in order: once the last is in the inbox, all four were handled
        await().atMost(CONSUMER_PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :id")
                .param("id", UUID.fromString(last)).query(Long.class).single() == 1);
        String line = "$.lines[?(@.sessionId == '%s' && @.ticketTypeId == '%s')]".formatted(
                booking.sessionId(), booking.ticketTypeId());
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.checkedIn").isEqualTo(2)
                .jsonPath(line + ".checkedIn").isEqualTo(2)
                .jsonPath("$.lines[?(@.sessionId == '%s')].checkedIn".formatted(event.sessions().get(0).sessionId()))
                .isEqualTo(0));
        assertThat(prometheusValue("ticketing_analytics_check_ins_total") - countedBefore).isEqualTo(2.0);
    }

    @Test
    void ticketsAreValidTransferredOrVoidWithTheirBooking() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), UUID.randomUUID(), 1, 10);
        events.publish(event);
        BookingConfirmed kept = events.bookingConfirmed(event, 0, 0, 3);
        BookingConfirmed cancelled = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(kept);
        events.publish(cancelled);
        TicketsIssued keptTickets = events.ticketsIssued(kept);
        events.publish(keptTickets);
        events.publish(events.ticketsIssued(cancelled));
        TicketTransferred transferred = events.ticketTransferred(kept, keptTickets.tickets().get(0));
        events.publish(transferred);
        events.publish(transferred);
        events.publish(events.bookingCancelled(cancelled, lineOf(cancelled), BookingCancelled.Cause.BUYER));

        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.cancelled").isEqualTo(2)
                .jsonPath("$.tickets.valid").isEqualTo(3)
                .jsonPath("$.tickets.transferred").isEqualTo(1)
                .jsonPath("$.tickets.void").isEqualTo(2));
        // announced twice, audited once: under the new ticket's id
        assertThat(jdbc.sql("""
                        SELECT action, actor_id, email, detail FROM audit_log WHERE id = :ticketId""")
                .param("ticketId", transferred.ticketId())
                .query((row, rowNumber) -> List.of(row.getString("action"), row.getString("actor_id"),
                        row.getString("email"), row.getString("detail")))
                .list()).singleElement().satisfies(entry -> {
                    assertThat(entry.subList(0, 3)).containsExactly("TICKET_TRANSFERRED",
                            transferred.transferredBy().toString(), transferred.previousHolderEmail());
                    assertThat(entry.get(3)).contains(transferred.previousTicketId().toString(),
                            transferred.holderEmail());
                });
    }

    @Test
    void aClaimedTicketStaysTheSameValidTicketAndItsClaimIsAuditedOnce() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), UUID.randomUUID(), 1, 10);
        events.publish(event);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(booking);
        TicketsIssued issued = events.ticketsIssued(booking);
        events.publish(issued);
        TicketTransferred transferred = events.ticketTransferred(booking, issued.tickets().get(0));
        events.publish(transferred);
        UUID claimant = UUID.randomUUID();
        TicketClaimed claimed = events.ticketClaimed(transferred, claimant, "bo.private@example.org");
        String delivery = UUID.randomUUID().toString();
        TestEventBus.publish(EventTypes.TICKET_CLAIMED, claimed.bookingId().toString(),
                json.writeValueAsString(claimed), delivery);
        TestEventBus.publish(EventTypes.TICKET_CLAIMED, claimed.bookingId().toString(),
                json.writeValueAsString(claimed), delivery);
        // the same claim announced again under a new event id (a replay) is still one entry
        String last = events.publish(claimed);

        await().atMost(CONSUMER_PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :id")
                .param("id", UUID.fromString(last)).query(Long.class).single() == 1);
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.tickets.valid").isEqualTo(2)
                .jsonPath("$.tickets.transferred").isEqualTo(1)
                .jsonPath("$.tickets.void").isEqualTo(0));
        assertThat(jdbc.sql("""
                        SELECT actor_id, subject_user_id, email, detail FROM audit_log
                         WHERE action = 'TICKET_CLAIMED' AND detail LIKE :ticket""")
                .param("ticket", "%" + transferred.ticketId() + "%")
                .query((row, rowNumber) -> List.of(row.getString("actor_id"), row.getString("subject_user_id"),
                        row.getString("email"), row.getString("detail")))
                .list()).singleElement().satisfies(entry -> {
                    assertThat(entry.subList(0, 3)).containsExactly(claimant.toString(), claimant.toString(),
                            transferred.holderEmail());
                    assertThat(entry.get(3)).contains(transferred.ticketId().toString(), "bo.private@example.org");
                });
        // the transfer's entry is still there, beside the claim's
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE id = :ticketId")
                .param("ticketId", transferred.ticketId()).query(String.class).single())
                .isEqualTo("TICKET_TRANSFERRED");
    }

    @Test
    void anUnclaimedTicketBackWithItsGiverReplacesTheHeldOneAndIsAuditedOnce() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), UUID.randomUUID(), 1, 10);
        events.publish(event);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(booking);
        TicketsIssued issued = events.ticketsIssued(booking);
        events.publish(issued);
        TicketTransferred transferred = events.ticketTransferred(booking, issued.tickets().get(0));
        events.publish(transferred);
        TicketReturned returned = new TicketReturned(UUID.randomUUID(), transferred.ticketId(),
                transferred.bookingId(), transferred.eventId(), transferred.sessionId(), transferred.ticketTypeId(),
                transferred.seatId(), booking.userId(), booking.buyerEmail(), booking.buyerName(),
                transferred.holderEmail(), null, null, null, Instant.now(), Instant.now());
        String payload = json.writeValueAsString(returned);
        String delivery = TestEventBus.publish(EventTypes.TICKET_RETURNED, returned.bookingId().toString(), payload);
        TestEventBus.publish(EventTypes.TICKET_RETURNED, returned.bookingId().toString(), payload, delivery);
        String last = TestEventBus.publish(EventTypes.TICKET_RETURNED, returned.bookingId().toString(), payload);

        await().atMost(CONSUMER_PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM inbox WHERE event_id = :id")
                .param("id", UUID.fromString(last)).query(Long.class).single() == 1);
        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.tickets.valid").isEqualTo(2)
                .jsonPath("$.tickets.transferred").isEqualTo(2)
                .jsonPath("$.tickets.void").isEqualTo(0));
        assertThat(jdbc.sql("""
                        SELECT action, subject_user_id, email, detail FROM audit_log WHERE id = :ticketId""")
                .param("ticketId", returned.ticketId())
                .query((row, rowNumber) -> List.of(row.getString("action"), row.getString("subject_user_id"),
                        row.getString("email"), row.getString("detail")))
                .list()).singleElement().satisfies(entry -> {
                    assertThat(entry.subList(0, 3)).containsExactly("TICKET_RETURNED", booking.userId().toString(),
                            booking.buyerEmail());
                    assertThat(entry.get(3)).contains(transferred.ticketId().toString(), transferred.holderEmail());
                });
    }

    @Test
    void aTicketVoidedByAnEditIsNoLongerValidThoughItsBookingStands() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), UUID.randomUUID(), 1, 10);
        events.publish(event);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 3);
        events.publish(booking);
        TicketsIssued issued = events.ticketsIssued(booking);
        events.publish(issued);
        TicketsVoided voided = events.ticketsVoided(booking, issued.tickets().subList(0, 1));
        events.publish(voided);
        events.publish(voided);

        api.awaitStatistics(event.eventId(), admin, body -> body
                .jsonPath("$.tickets.valid").isEqualTo(2)
                .jsonPath("$.tickets.void").isEqualTo(1));
    }

    @Test
    void anUndoneAdmissionStopsCountingAndTheNextOneCountsAgain() {
        EventPublished event = events.eventPublished(UUID.randomUUID(), UUID.randomUUID(), 1, 10);
        events.publish(event);
        BookingConfirmed booking = events.bookingConfirmed(event, 0, 0, 2);
        events.publish(booking);
        UUID ticket = UUID.randomUUID();
        events.publish(events.ticketCheckedIn(booking, lineOf(booking), ticket, Instant.now()));
        events.publish(events.ticketCheckedIn(booking, lineOf(booking), UUID.randomUUID(), Instant.now()));
        api.awaitStatistics(event.eventId(), admin, body -> body.jsonPath("$.checkedIn").isEqualTo(2));

        events.publish(events.checkInUndone(booking, ticket));
        api.awaitStatistics(event.eventId(), admin, body -> body.jsonPath("$.checkedIn").isEqualTo(1));

        events.publish(events.ticketCheckedIn(booking, lineOf(booking), ticket, Instant.now()));
        api.awaitStatistics(event.eventId(), admin, body -> body.jsonPath("$.checkedIn").isEqualTo(2));
    }

    @Test
    void aCheckInThatBreaksItsContractIsDeadLetteredAndNotCounted() {
        String bookingId = UUID.randomUUID().toString();
        String ticketId = UUID.randomUUID().toString();
        String noLine = """
                {"ticketId":"%s","bookingId":"%s","eventId":"%s","seatId":"%s","scanId":"%s",
                 "checkedInAt":"2027-03-01T18:00:00Z","offline":false,"occurredAt":"2027-03-01T18:00:00Z"}
                """.formatted(ticketId, bookingId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        TestEventBus.publish(EventTypes.TICKET_CHECKED_IN, bookingId, noLine);

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.TICKET_EVENTS),
                message -> bookingId.equals(message.key()), 1, CONSUMER_PATIENCE)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM check_ins WHERE ticket_id = :ticketId")
                .param("ticketId", UUID.fromString(ticketId)).query(Long.class).single()).isZero();
    }

    /** The metric's value as Prometheus scrapes it; 0 while there is none. */
    private double prometheusValue(String metric) {
        String scrape = http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return scrape.lines().filter(line -> line.startsWith(metric + " ") || line.startsWith(metric + "{"))
                .findFirst().map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
    }
}
