package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.ticket.adapter.in.web.TicketProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.evently.ticketing.testsupport.ContractAssertions.assertMatchesSchema;
import static org.assertj.core.api.Assertions.assertThat;

/** Giving a ticket away, over HTTP against the real database, and what the door makes of both QR codes. */
@ServiceIntegrationTest
class TransferTest extends TicketServiceFixture {

    private final TestUser organizer = TestUser.organizer();
    private final TestUser bea = new TestUser(UUID.randomUUID(), "bea-" + UUID.randomUUID() + "@example.com",
            "Bea Lopes", List.of("USER"));
    private CheckInClient door;

    @BeforeEach
    void setUpDoor() {
        door = new CheckInClient(http, json);
    }

    @Test
    void oldPassIsRevokedAtTheDoorAndTheNewOneAdmits() {
        registered(bea);
        Issued issued = issueStartingAt(1, Instant.now().plus(Duration.ofHours(2)));
        awaitConsumed(door.eventPublished(issued.confirmed().eventId(), organizer));
        TicketView old = issued.tickets().getFirst();

        TransferView transfer = tickets.transfer(old.id(), buyer, bea.email(), bea.name())
                .expectStatus().isOk()
                .expectBody(TransferView.class).returnResult().getResponseBody();
        TicketView given = tickets.get("/api/v1/tickets/" + transfer.newTicketId(), bea).expectStatus().isOk()
                .expectBody(TicketView.class).returnResult().getResponseBody();

        assertThat(transfer.ticketId()).isEqualTo(old.id());
        assertThat(given.id()).isNotEqualTo(old.id());
        assertThat(given.seatId()).isEqualTo(old.seatId());
        assertThat(given.holderEmail()).isEqualTo(bea.email());
        assertThat(given.status()).isEqualTo("VALID");
        assertThat(given.qrPayload()).isNotEqualTo(old.qrPayload());
        assertThat(door.scan(old.qrPayload(), organizer).result()).isEqualTo("REVOKED");
        assertThat(door.scan(given.qrPayload(), organizer).result()).isEqualTo("ADMITTED");
    }

    /** The new pass admits whoever shows it: the giver learns that the ticket went, never its code or pass. */
    @Test
    void theGiverIsToldOfTheTransferButGetsNeitherTheNewCodeNorItsPass() {
        registered(bea);
        Issued issued = issue(2);
        TicketView toAnAccount = issued.tickets().getFirst();
        TicketView toAnAddress = issued.tickets().get(1);
        String stranger = "stranger-" + UUID.randomUUID() + "@example.com";

        String toBea = tickets.transfer(toAnAccount.id(), buyer, bea.email(), bea.name()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String toStranger = tickets.transfer(toAnAddress.id(), buyer, stranger, null).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        for (String answer : List.of(toBea, toStranger)) {
            assertThat(json.readTree(answer).propertyNames()).doesNotContain("code", "qrPayload");
        }
        TransferView accountTransfer = json.readValue(toBea, TransferView.class);
        String beasCode = jdbc.sql("SELECT code FROM ticket WHERE id = :id")
                .param("id", accountTransfer.newTicketId()).query(String.class).single();
        assertThat(toBea).doesNotContain(beasCode);
        assertThat(accountTransfer).satisfies(transfer -> {
            assertThat(transfer.ticketId()).isEqualTo(toAnAccount.id());
            assertThat(transfer.bookingId()).isEqualTo(issued.confirmed().bookingId());
            assertThat(transfer.recipientEmail()).isEqualTo(bea.email());
            assertThat(transfer.recipientName()).isEqualTo(bea.name());
            assertThat(transfer.status()).isEqualTo("TRANSFERRED");
            assertThat(transfer.transferredAt()).isNotNull();
            assertThat(transfer.claimExpiresAt()).isNull();
        });
        TransferView addressTransfer = json.readValue(toStranger, TransferView.class);
        assertThat(addressTransfer.status()).isEqualTo("AWAITING_CLAIM");
        assertThat(addressTransfer.recipientEmail()).isEqualTo(stranger);
        assertThat(addressTransfer.claimExpiresAt()).isAfter(addressTransfer.transferredAt());
        for (UUID newTicket : List.of(accountTransfer.newTicketId(), addressTransfer.newTicketId())) {
            for (String path : List.of("", "/qr.png", "/pdf")) {
                tickets.get("/api/v1/tickets/" + newTicket + path, buyer).expectStatus().isNotFound();
            }
        }
    }

    @Test
    void newHolderSeesTheTicketAmongTheirsAndTheBuyerSeesTheOldOneRevoked() {
        registered(bea);
        Issued issued = issue(2);
        TicketView old = issued.tickets().getFirst();

        UUID given = tickets.transfer(old.id(), buyer, bea.email(), null).expectStatus().isOk()
                .expectBody(TransferView.class).returnResult().getResponseBody().newTicketId();

        tickets.get("/api/v1/tickets", bea).expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].id").isEqualTo(given.toString())
                .jsonPath("$.page.totalElements").isEqualTo(1);
        tickets.get("/api/v1/tickets/" + given, bea).expectStatus().isOk();
        tickets.get("/api/v1/tickets/" + given + "/qr.png", bea).expectStatus().isOk();
        assertThat(tickets.ofBooking(issued.confirmed().bookingId(), bea)).extracting(TicketView::id)
                .containsExactly(given);
        List<TicketView> buyers = tickets.ofBooking(issued.confirmed().bookingId(), buyer);
        assertThat(buyers).extracting(TicketView::id).containsExactlyInAnyOrder(old.id(), issued.tickets().get(1).id());
        assertThat(buyers).filteredOn(ticket -> ticket.id().equals(old.id())).singleElement()
                .satisfies(ticket -> assertThat(ticket.status()).isEqualTo("REVOKED"));
        tickets.get("/api/v1/tickets/" + given, buyer).expectStatus().isNotFound();
    }

    @Test
    void transferIsAnnouncedAndListedAsARevocation() {
        Issued issued = issue(1);
        awaitConsumed(door.eventPublished(issued.confirmed().eventId(), organizer));
        TicketView old = issued.tickets().getFirst();

        tickets.transfer(old.id(), buyer, bea.email(), bea.name()).expectStatus().isOk();

        // the row is deleted once published (it may carry a sealed claim token): the record is what was announced
        List<TestEventBus.Message> announced = TestEventBus.await(Topics.TICKET_EVENTS,
                message -> issued.confirmed().bookingId().toString().equals(message.key())
                        && EventTypes.TICKET_TRANSFERRED.equals(message.eventType()), 1, Duration.ofSeconds(45));
        assertThat(announced).hasSize(1);
        assertMatchesSchema(EventTypes.TICKET_TRANSFERRED, announced.getFirst().payload());
        tickets.get("/api/v1/events/" + issued.confirmed().eventId() + "/check-in/revocations", organizer)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].ticketId").isEqualTo(old.id().toString())
                .jsonPath("$.items[0].status").isEqualTo("REVOKED");
    }

    @Test
    void onlyTheHolderTransfersAValidTicketBeforeItsSession() {
        Issued issued = issue(1);
        TicketView ticket = issued.tickets().getFirst();
        Issued started = issueStartingAt(1, Instant.now().minus(Duration.ofMinutes(5)));
        Issued cancelled = issue(1);
        awaitConsumed(notices.publish(BookingNotices.cancelled(cancelled.confirmed(), BookingCancelled.Cause.BUYER, null)));

        tickets.transfer(ticket.id(), TestUser.attendee(), bea.email(), null).expectStatus().isNotFound();
        tickets.transfer(ticket.id(), TestUser.admin(), bea.email(), null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.TRANSFER_NOT_PERMITTED.type().toString());
        for (TicketView refused : List.of(started.tickets().getFirst(), cancelled.tickets().getFirst())) {
            tickets.transfer(refused.id(), buyer, bea.email(), null).expectStatus().isEqualTo(409)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.TICKET_NOT_TRANSFERABLE.type().toString());
        }
        tickets.transfer(ticket.id(), buyer, "not-an-address", null).expectStatus().isBadRequest();
        assertThat(tickets.ofBooking(issued.confirmed().bookingId(), buyer)).singleElement()
                .satisfies(unchanged -> assertThat(unchanged.status()).isEqualTo("VALID"));
    }

    @Test
    void twoTransfersOfOneTicketAtOnceGiveItAwayOnce() throws Exception {
        TicketView ticket = issue(1).tickets().getFirst();
        CountDownLatch start = new CountDownLatch(1);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (String to : List.of("one-" + UUID.randomUUID() + "@example.com", "two-" + UUID.randomUUID() + "@example.com")) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return tickets.transfer(ticket.id(), buyer, to, null).returnResult(String.class).getStatus().value();
                }));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE seat_id = :seat AND status = 'VALID'")
                .param("seat", ticket.seatId()).query(Integer.class).single()).isEqualTo(1);
    }
}
