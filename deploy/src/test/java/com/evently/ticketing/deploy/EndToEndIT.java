package com.evently.ticketing.deploy;

import static com.evently.ticketing.deploy.TicketingFlows.PROPAGATION;
import static com.evently.ticketing.deploy.TicketingFlows.awaitAvailability;
import static com.evently.ticketing.deploy.TicketingFlows.awaitTickets;
import static com.evently.ticketing.deploy.TicketingFlows.createAndPublish;
import static com.evently.ticketing.deploy.TicketingFlows.registerAndLogIn;
import static com.evently.ticketing.deploy.TicketingFlows.registerAndLogInConcurrently;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.evently.ticketing.deploy.GatewayClient.Attendee;
import com.evently.ticketing.deploy.GatewayClient.Reply;
import com.evently.ticketing.deploy.Mails.ReceivedMail;
import com.evently.ticketing.deploy.TicketingFlows.PublishedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The whole suite from its jars, driven only through the gateway as a browser or partner would: an organiser
 * publishes, attendees book, tickets and e-mails arrive, analytics count. One suite serves every test class (it
 * takes minutes to start, see {@link SharedSuite}); each test works on events and people of its own.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class EndToEndIT {

    /** Through Kafka, then the notification service's mail queue (polled every few seconds), then SMTP. */
    private static final Duration MAIL_DELIVERY = Duration.ofSeconds(90);
    private static final String SOLD_OUT_TYPE_SUFFIX = "/sold-out";

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static LocalSuite suite;
    private static GatewayClient gateway;

    @BeforeAll
    static void connect(LocalSuite sharedSuite) {
        suite = sharedSuite;
        gateway = new GatewayClient(suite.gatewayUrl());
    }

    @Test
    void attendeeBooksAndGetsTicketsAsQrCodePdfAndMailWhileAnalyticsCountTheBooking() throws Exception {
        String admin = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        PublishedEvent event = createAndPublish(gateway, admin, "End-to-end conference", 5);
        awaitAvailability(gateway, event, 5, 5);

        Attendee buyer = registerAndLogIn(gateway, "buyer");
        String idempotencyKey = UUID.randomUUID().toString();
        Reply booked = gateway.book(buyer.token(), event.booking(2), idempotencyKey);
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        assertThat(booked.json().path("status").asString()).isEqualTo("CONFIRMED");
        String bookingId = booked.json().path("id").asString();

        Reply retried = gateway.book(buyer.token(), event.booking(2), idempotencyKey);
        assertThat(retried.status()).as("the same booking retried with its key: %s", retried).isEqualTo(201);
        assertThat(retried.json().path("id").asString()).as("booking id of the retry").isEqualTo(bookingId);
        awaitAvailability(gateway, event, 5, 3);

        List<JsonNode> tickets = awaitTickets(gateway, buyer.token(), bookingId, 2);
        assertThat(tickets).extracting(ticket -> ticket.path("status").asString()).containsOnly("VALID");
        assertThat(tickets).extracting(ticket -> ticket.path("code").asString()).doesNotHaveDuplicates();
        for (JsonNode ticket : tickets) {
            assertQrCodeOfPngAndPdfIsThePayloadOf(ticket, buyer);
        }

        Attendee stranger = registerAndLogIn(gateway, "stranger");
        assertNobodyElseSees(stranger, bookingId, tickets);

        assertBuyerGetsOneConfirmationWithTheTicketsPdf(buyer);

        Eventually.within(PROPAGATION, () -> {
            JsonNode statistics = analyticsOf(admin, event);
            assertThat(statistics.path("capacity").asInt()).as("capacity in %s", statistics).isEqualTo(5);
            assertThat(statistics.path("confirmed").asInt()).as("confirmed in %s", statistics).isEqualTo(2);
            assertThat(statistics.path("occupancyPercent").asDouble()).as("occupancy in %s", statistics)
                    .isEqualTo(40.0);
        });

        Reply anonymous = gateway.post("/api/v1/bookings", null, event.booking(1),
                Map.of(GatewayClient.IDEMPOTENCY_KEY, UUID.randomUUID().toString()));
        assertThat(anonymous.status()).as("booking without a token: %s", anonymous).isEqualTo(401);
        assertThat(anonymous.isProblem()).as("problem+json: %s", anonymous).isTrue();

        Reply tooMany = gateway.book(buyer.token(), event.booking(4), UUID.randomUUID().toString());
        assertIsSoldOut(tooMany);
    }

    @Test
    void fiftyAttendeesRushingForTenSeatsGetExactlyTenBookingsTicketsAndMails() throws Exception {
        String admin = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        PublishedEvent event = createAndPublish(gateway, admin, "Ten seats only", 10);
        awaitAvailability(gateway, event, 10, 10);
        List<Attendee> attendees = registerAndLogInConcurrently(gateway, 50, "rush");

        Map<Attendee, Reply> outcomes = bookOneSeatEachAtOnce(attendees, event);

        Map<Integer, Long> statuses = outcomes.values().stream()
                .collect(groupingBy(Reply::status, TreeMap::new, counting()));
        assertThat(statuses).as("statuses of 50 bookings for 10 seats; the odd ones: %s", unexpected(outcomes))
                .containsExactly(entry(201, 10L), entry(409, 40L));
        outcomes.values().stream().filter(reply -> reply.status() == 409).forEach(EndToEndIT::assertIsSoldOut);
        Map<Attendee, String> winners = new LinkedHashMap<>();
        outcomes.forEach((attendee, reply) -> {
            if (reply.status() == 201) {
                winners.put(attendee, reply.json().path("id").asString());
            }
        });
        List<Attendee> losers = attendees.stream().filter(attendee -> !winners.containsKey(attendee)).toList();
        awaitAvailability(gateway, event, 10, 0);

        winners.forEach((winner, bookingId) -> awaitTickets(gateway, winner.token(), bookingId, 1));
        assertThat(ticketHoldersInDatabase(event.id()))
                .as("holders of the event's tickets in ticket-service's table")
                .containsExactlyInAnyOrderElementsOf(winners.keySet().stream().map(Attendee::id).toList());

        Set<String> winnerAddresses = addressesOf(winners.keySet());
        Eventually.within(MAIL_DELIVERY, () -> assertThat(Mails.exceptWelcomes(Mails.receivedBy(suite)))
                .filteredOn(mail -> mail.isForAnyOf(winnerAddresses)).hasSize(10));
        // the notification service's queue runs every few seconds: give a duplicate time to show up
        Thread.sleep(Duration.ofSeconds(8));
        List<ReceivedMail> mails = Mails.exceptWelcomes(Mails.receivedBy(suite));
        for (String winner : winnerAddresses) {
            assertThat(mails).as("mails to winner %s", winner).filteredOn(mail -> mail.isFor(winner)).hasSize(1);
        }
        assertThat(mails).as("mails to the 40 who got nothing")
                .filteredOn(mail -> mail.isForAnyOf(addressesOf(losers))).isEmpty();

        Eventually.within(PROPAGATION, () -> {
            JsonNode statistics = analyticsOf(admin, event);
            assertThat(statistics.path("confirmed").asInt()).as("confirmed in %s", statistics).isEqualTo(10);
        });
    }

    // ---- steps ----

    /** Every attendee's request is ready on its own thread before any is sent, so they truly compete. */
    private static Map<Attendee, Reply> bookOneSeatEachAtOnce(List<Attendee> attendees, PublishedEvent event)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(attendees.size());
        CountDownLatch go = new CountDownLatch(1);
        Map<Attendee, Future<Reply>> pending = new LinkedHashMap<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(attendees.size())) {
            for (Attendee attendee : attendees) {
                pending.put(attendee, threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return gateway.book(attendee.token(), event.booking(1), UUID.randomUUID().toString());
                }));
            }
            ready.await();
            go.countDown();
            Map<Attendee, Reply> outcomes = new LinkedHashMap<>();
            for (Map.Entry<Attendee, Future<Reply>> booking : pending.entrySet()) {
                outcomes.put(booking.getKey(), booking.getValue().get());
            }
            return outcomes;
        }
    }

    private static void assertQrCodeOfPngAndPdfIsThePayloadOf(JsonNode ticket, Attendee owner) throws Exception {
        String id = ticket.path("id").asString();
        String payload = ticket.path("qrPayload").asString();
        assertThat(payload).as("qrPayload of ticket %s", id).isNotBlank();

        Reply png = gateway.get("/api/v1/tickets/" + id + "/qr.png", owner.token());
        assertThat(png.status()).as("%s", png).isEqualTo(200);
        assertThat(png.contentType()).startsWith("image/png");
        assertThat(QrCodes.fromPng(png.body())).as("QR code in the PNG of ticket %s", id).isEqualTo(payload);

        Reply pdf = gateway.get("/api/v1/tickets/" + id + "/pdf", owner.token());
        assertThat(pdf.status()).as("%s", pdf).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(QrCodes.fromFirstPdfPage(pdf.body())).as("QR code on the PDF of ticket %s", id).isEqualTo(payload);
    }

    /** Someone else's booking and tickets do not exist for a user, rather than being forbidden. */
    private static void assertNobodyElseSees(Attendee stranger, String bookingId, List<JsonNode> tickets) {
        List<String> paths = new ArrayList<>(List.of("/api/v1/bookings/" + bookingId,
                "/api/v1/tickets?bookingId=" + bookingId));
        for (JsonNode ticket : tickets) {
            String ticketPath = "/api/v1/tickets/" + ticket.path("id").asString();
            paths.addAll(List.of(ticketPath, ticketPath + "/qr.png", ticketPath + "/pdf"));
        }
        for (String path : paths) {
            Reply reply = gateway.get(path, stranger.token());
            assertThat(reply.status()).as("another user's %s", reply).isEqualTo(404);
        }
    }

    private static void assertBuyerGetsOneConfirmationWithTheTicketsPdf(Attendee buyer) throws Exception {
        List<ReceivedMail> delivered = Eventually.within(MAIL_DELIVERY, () -> {
            List<ReceivedMail> mails = Mails.exceptWelcomes(Mails.addressedTo(suite, buyer.email()));
            assertThat(mails).as("mails to the buyer").isNotEmpty();
            return mails;
        });
        assertThat(delivered).as("mails to the buyer").hasSize(1);
        assertHasTicketsPdf(delivered.getFirst());
        Eventually.within(MAIL_DELIVERY, () -> assertThat(Mails.addressedTo(suite, buyer.email()))
                .as("the welcome mail of the buyer's new account").filteredOn(ReceivedMail::isWelcome).hasSize(1));

        List<ReceivedMail> inbox = Mails.exceptWelcomes(Mails.inboxOverImap(suite.imapPort(), buyer.email()));
        assertThat(inbox).as("the buyer's inbox read over IMAP").hasSize(1);
        assertThat(inbox.getFirst().subject()).isEqualTo(delivered.getFirst().subject());
        assertHasTicketsPdf(inbox.getFirst());
    }

    private static void assertHasTicketsPdf(ReceivedMail mail) {
        assertThat(mail.pdfAttachments()).as("PDF attachments of '%s'", mail.subject()).hasSize(1);
        assertThat(mail.pdfAttachments().getFirst()).as("the attached PDF")
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    private static JsonNode analyticsOf(String adminToken, PublishedEvent event) {
        Reply reply = gateway.get("/api/v1/analytics/events/" + event.id(), adminToken);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private static void assertIsSoldOut(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(409);
        assertThat(reply.isProblem()).as("problem+json: %s", reply).isTrue();
        assertThat(reply.json().path("type").asString()).as("%s", reply).endsWith(SOLD_OUT_TYPE_SUFFIX);
    }

    /** Read straight from the table: the API would only show each person their own. */
    private static List<UUID> ticketHoldersInDatabase(String eventId) throws SQLException {
        DatabaseConnection database = suite.database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT user_id FROM ticketing.ticket WHERE event_id = ?")) {
            query.setObject(1, UUID.fromString(eventId));
            List<UUID> holders = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    holders.add(rows.getObject("user_id", UUID.class));
                }
            }
            return holders;
        }
    }

    private static List<Reply> unexpected(Map<Attendee, Reply> outcomes) {
        return outcomes.values().stream().filter(reply -> reply.status() != 201 && reply.status() != 409).toList();
    }

    private static Set<String> addressesOf(Collection<Attendee> attendees) {
        return attendees.stream().map(Attendee::email).collect(toSet());
    }
}
