package com.evently.ticketing.deploy;

import static com.evently.ticketing.deploy.TicketingFlows.PROPAGATION;
import static com.evently.ticketing.deploy.TicketingFlows.ATTENDEE_PASSWORD;
import static com.evently.ticketing.deploy.TicketingFlows.awaitAvailability;
import static com.evently.ticketing.deploy.TicketingFlows.createAndPublish;
import static com.evently.ticketing.deploy.TicketingFlows.registerAndLogIn;
import static com.evently.ticketing.deploy.TicketingFlows.registerAndLogInConcurrently;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A registration after it was made, through the gateway only: the buyer edits and cancels it or gives a ticket away,
 * the organiser calls the whole event off; seats, tickets and mails follow each step.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class RegistrationLifecycleIT {

    private static final Duration MAIL_DELIVERY = Duration.ofSeconds(90);
    private static final Pattern CLAIM_LINK = Pattern.compile("/tickets/claim\\?token=([A-Za-z0-9_-]+)");

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
    void buyerEditsAndCancelsWhileSeatsTicketsAndMailsFollow() {
        String admin = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        String title = "Lifecycle conference " + UUID.randomUUID().toString().substring(0, 8);
        PublishedEvent event = createAndPublish(gateway, admin, title, 3);
        awaitAvailability(gateway, event, 3, 3);
        Attendee buyer = registerAndLogIn(gateway, "editor");

        Reply booked = gateway.book(buyer.token(), event.booking(3), UUID.randomUUID().toString());
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String bookingId = booked.json().path("id").asString();
        awaitTicketStatuses(buyer, bookingId, Map.of("VALID", 3L));
        awaitListedWithSeatsLeft(title, false);

        String shrinkKey = UUID.randomUUID().toString();
        Reply shrunk = edit(buyer, bookingId, Map.of("quantity", 1), shrinkKey);
        assertThat(shrunk.status()).as("%s", shrunk).isEqualTo(200);
        assertThat(shrunk.json().path("quantity").asInt()).isEqualTo(1);
        Reply replayed = edit(buyer, bookingId, Map.of("quantity", 1), shrinkKey);
        assertThat(replayed.status()).as("the same edit retried with its key: %s", replayed).isEqualTo(200);
        awaitAvailability(gateway, event, 3, 2);
        awaitTicketStatuses(buyer, bookingId, Map.of("VALID", 1L, "VOID", 2L));
        awaitListedWithSeatsLeft(title, true);

        Reply grown = edit(buyer, bookingId, Map.of("quantity", 2), UUID.randomUUID().toString());
        assertThat(grown.status()).as("%s", grown).isEqualTo(200);
        awaitAvailability(gateway, event, 3, 1);
        awaitTicketStatuses(buyer, bookingId, Map.of("VALID", 2L, "VOID", 2L));

        Reply stranger = gateway.post("/api/v1/bookings/" + bookingId + "/cancel", registerAndLogIn(gateway, "other").token(), null);
        assertThat(stranger.status()).as("someone else's booking: %s", stranger).isEqualTo(404);

        Reply cancelled = gateway.post("/api/v1/bookings/" + bookingId + "/cancel", buyer.token(),
                Map.of("reason", "Cannot make it"));
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        Reply again = gateway.post("/api/v1/bookings/" + bookingId + "/cancel", buyer.token(), null);
        assertThat(again.status()).as("a second cancellation: %s", again).isEqualTo(409);
        assertThat(again.isProblem()).as("problem+json: %s", again).isTrue();
        awaitAvailability(gateway, event, 3, 3);
        awaitTicketStatuses(buyer, bookingId, Map.of("VOID", 4L));

        Reply history = gateway.get("/api/v1/bookings/" + bookingId, buyer.token());
        assertThat(history.json().path("history").values()).extracting(entry -> entry.path("status").asString())
                .containsExactly("CONFIRMED", "CHANGED", "CHANGED", "CANCELLED");
        Reply mine = gateway.get("/api/v1/bookings?status=CANCELLED", buyer.token());
        assertThat(mine.json().path("items").values()).extracting(item -> item.path("id").asString())
                .containsExactly(bookingId);

        Eventually.within(MAIL_DELIVERY, () -> {
            List<ReceivedMail> mails = Mails.addressedTo(suite, buyer.email());
            assertThat(mails).as("mails to the buyer").filteredOn(mail -> subjectMentions(mail, "cancel")).hasSize(1);
            assertThat(mails).as("mails to the buyer").filteredOn(mail -> subjectMentions(mail, "chang")).hasSize(2);
        });
    }

    /** Issue 8: a ticket given to an address without an account waits for the link mailed there. */
    @Test
    void aTicketGivenToAnAddressWithoutAnAccountIsClaimedWithTheMailedLinkAndTheGiversPassIsRevoked() {
        String admin = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        PublishedEvent event = createAndPublish(gateway, admin, "Given away " + UUID.randomUUID().toString()
                .substring(0, 8), 5);
        awaitAvailability(gateway, event, 5, 5);
        Attendee giver = registerAndLogIn(gateway, "giver");
        Reply booked = gateway.book(giver.token(), event.booking(1), UUID.randomUUID().toString());
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String bookingId = booked.json().path("id").asString();
        JsonNode given = TicketingFlows.awaitTickets(gateway, giver.token(), bookingId, 1).getFirst();
        String friend = "friend-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        Reply transferred = gateway.post("/api/v1/tickets/" + given.path("id").asString() + "/transfer",
                giver.token(), Map.of("email", friend, "name", "Fran Friend"));
        assertThat(transferred.status()).as("%s", transferred).isEqualTo(200);
        assertThat(transferred.json().path("status").asString()).isEqualTo("AWAITING_CLAIM");
        assertThat(transferred.json().has("code") || transferred.json().has("qrPayload"))
                .as("the giver gets no code or pass of the new ticket: %s", transferred).isFalse();
        String newTicketId = transferred.json().path("newTicketId").asString();
        assertThat(gateway.get("/api/v1/tickets/" + newTicketId + "/qr.png", giver.token()).status())
                .as("the new ticket's QR code, asked by the giver").isEqualTo(404);

        String token = Eventually.within(MAIL_DELIVERY, () -> {
            List<ReceivedMail> mails = Mails.addressedTo(suite, friend);
            assertThat(mails).as("mails to %s", friend).hasSize(1);
            Matcher link = CLAIM_LINK.matcher(mails.getFirst().text());
            assertThat(link.find()).as("a claim link in: %s", mails.getFirst().text()).isTrue();
            return link.group(1);
        });
        // the claimant's own name, not the one the giver typed: the attendee list must show who claimed it
        Attendee claimant = gateway.registerAndLogIn(friend, ATTENDEE_PASSWORD, "Francesca Friend");
        Reply beforeClaim = gateway.get("/api/v1/tickets", claimant.token());
        assertThat(beforeClaim.json().path("items").size()).as("registering the address is not enough: %s",
                beforeClaim).isZero();

        Reply claimed = gateway.post("/api/v1/tickets/claims", claimant.token(), Map.of("token", token));
        assertThat(claimed.status()).as("%s", claimed).isEqualTo(200);
        assertThat(claimed.json().path("id").asString()).isEqualTo(newTicketId);
        Reply theirs = gateway.get("/api/v1/tickets", claimant.token());
        assertThat(theirs.json().path("items").values()).as("%s", theirs)
                .extracting(ticket -> ticket.path("id").asString()).containsExactly(newTicketId);

        Reply atTheDoor = gateway.post("/api/v1/check-ins", admin, Map.of("qrPayload",
                given.path("qrPayload").asString(), "gate", "A", "scanId", UUID.randomUUID().toString()));
        assertThat(atTheDoor.status()).as("%s", atTheDoor).isEqualTo(200);
        assertThat(atTheDoor.json().path("result").asString()).as("the giver's old pass").isEqualTo("REVOKED");

        Eventually.within(PROPAGATION, () -> {
            Reply attendees = gateway.get("/api/v1/events/" + event.id() + "/attendees", admin);
            assertThat(attendees.status()).as("%s", attendees).isEqualTo(200);
            assertThat(attendees.json().path("items").values()).as("the attendee list: %s", attendees)
                    .extracting(attendee -> attendee.path("holderEmail").asString() + " / "
                            + attendee.path("holderName").asString())
                    .containsExactly(friend + " / Francesca Friend");
        });
        Eventually.within(PROPAGATION, () -> {
            Reply audit = gateway.get("/api/v1/admin/audit-log?action=TICKET_CLAIMED&email=" + friend, admin);
            assertThat(audit.status()).as("%s", audit).isEqualTo(200);
            assertThat(audit.json().path("items").size()).as("the claim in the audit log: %s", audit).isEqualTo(1);
        });
    }

    @Test
    void cancellingAnEventCancelsEveryBookingVoidsEveryTicketAndMailsEveryBuyerOnce() throws Exception {
        String admin = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        PublishedEvent event = createAndPublish(gateway, admin, "Called off", 50);
        awaitAvailability(gateway, event, 50, 50);
        List<Attendee> buyers = registerAndLogInConcurrently(gateway, 50, "called-off");
        Map<Attendee, String> bookings = bookOneSeatEach(buyers, event);
        awaitAvailability(gateway, event, 50, 0);
        bookings.forEach((buyer, bookingId) -> awaitTicketStatuses(buyer, bookingId, Map.of("VALID", 1L)));

        Reply called = gateway.post("/api/v1/events/" + event.id() + "/cancel", admin, Map.of("reason", "Venue flooded"));
        assertThat(called.status()).as("%s", called).isEqualTo(200);

        bookings.forEach((buyer, bookingId) -> Eventually.within(PROPAGATION, () -> {
            Reply booking = gateway.get("/api/v1/bookings/" + bookingId, buyer.token());
            assertThat(booking.json().path("status").asString()).as("%s", booking).isEqualTo("CANCELLED");
        }));
        bookings.forEach((buyer, bookingId) -> awaitTicketStatuses(buyer, bookingId, Map.of("VOID", 1L)));
        Eventually.within(MAIL_DELIVERY, () -> {
            for (Attendee buyer : buyers) {
                assertThat(Mails.addressedTo(suite, buyer.email())).as("mails to %s", buyer.email())
                        .filteredOn(mail -> subjectMentions(mail, "cancel")).hasSize(1);
            }
        });
        Eventually.within(PROPAGATION, () -> {
            Reply statistics = gateway.get("/api/v1/analytics/events/" + event.id(), admin);
            assertThat(statistics.json().path("confirmed").asInt()).as("%s", statistics).isZero();
            assertThat(statistics.json().path("cancelled").asInt()).as("%s", statistics).isEqualTo(50);
        });
    }

    // ---- steps ----

    private static Reply edit(Attendee buyer, String bookingId, Map<String, Object> change, String idempotencyKey) {
        return gateway.patch("/api/v1/bookings/" + bookingId, buyer.token(), change,
                Map.of(GatewayClient.IDEMPOTENCY_KEY, idempotencyKey));
    }

    private static void awaitTicketStatuses(Attendee owner, String bookingId, Map<String, Long> expected) {
        Eventually.within(PROPAGATION, () -> {
            Reply reply = gateway.get("/api/v1/tickets?bookingId=" + bookingId, owner.token());
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            Map<String, Long> statuses = reply.json().path("items").values().stream()
                    .collect(groupingBy(ticket -> ticket.path("status").asString(), counting()));
            assertThat(statuses).as("ticket statuses of booking %s", bookingId).isEqualTo(expected);
        });
    }

    /** The catalog hears of seats from booking (AvailabilityChanged): a sold-out event leaves `available=true`. */
    private static void awaitListedWithSeatsLeft(String title, boolean listed) {
        Eventually.within(PROPAGATION, () -> {
            Reply reply = gateway.get("/api/v1/events?available=true&q=" + title.replace(' ', '+'), null);
            assertThat(reply.status()).as("%s", reply).isEqualTo(200);
            assertThat(reply.json().path("items").values()).as("events with seats left matching '%s'", title)
                    .extracting(item -> item.path("title").asString())
                    .satisfies(titles -> assertThat(titles.contains(title)).isEqualTo(listed));
        });
    }

    private static boolean subjectMentions(ReceivedMail mail, String word) {
        return mail.subject() != null && mail.subject().toLowerCase(Locale.ROOT).contains(word);
    }

    private static Map<Attendee, String> bookOneSeatEach(List<Attendee> buyers, PublishedEvent event) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            Map<Attendee, Future<Reply>> pending = new LinkedHashMap<>();
            for (Attendee buyer : buyers) {
                pending.put(buyer, pool.submit(() -> gateway.book(buyer.token(), event.booking(1),
                        UUID.randomUUID().toString())));
            }
            Map<Attendee, String> bookings = new LinkedHashMap<>();
            for (Map.Entry<Attendee, Future<Reply>> booking : pending.entrySet()) {
                Reply reply = booking.getValue().get();
                assertThat(reply.status()).as("%s", reply).isEqualTo(201);
                bookings.put(booking.getKey(), reply.json().path("id").asString());
            }
            return bookings;
        }
    }
}
