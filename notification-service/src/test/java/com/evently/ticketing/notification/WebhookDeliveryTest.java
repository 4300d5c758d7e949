package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferAccepted;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.identity.UserProfileChanged;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.notification.testing.DocumentedWebhooks;
import com.evently.ticketing.notification.testing.WebhookReceiver;
import com.evently.ticketing.notification.testing.WebhookReceiver.Received;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks end to end: integration events on the real broker, deliveries through the outbox in real PostgreSQL,
 * and a real HTTP receiver that verifies every signature with its own implementation.
 */
class WebhookDeliveryTest extends NotificationServiceIntegrationTest {

    /**
     * Longer than the mail tests' patience: the first test of a run also waits for this listener's consumer group
     * to get its partitions, which takes tens of seconds on a busy machine.
     */
    private static final Duration WEBHOOK_PATIENCE = Duration.ofSeconds(90);
    private static final WebhookReceiver receiver = WebhookReceiver.start();
    private static final BookingConfirmed.EventSnapshot SNAPSHOT = new BookingConfirmed.EventSnapshot("Jazz Night",
            "Blue Hall", "Europe/Berlin", "Evening show", Instant.parse("2026-09-14T18:30:00Z"),
            Instant.parse("2026-09-14T21:30:00Z"), "Standing", new Money("25.00", "EUR"));

    @Autowired
    RestTestClient http;

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void eachSubscribedEventArrivesOnceSignedAndWithoutPersonalData() {
        TestUser organizer = TestUser.organizer();
        TestUser otherOrganizer = TestUser.organizer();
        String path = "/partner-" + UUID.randomUUID();
        String otherPath = "/other-" + UUID.randomUUID();
        List<String> types = List.of("event.published", "booking.confirmed", "ticket.checked_in");
        String secret = subscribe(organizer, receiver.url(path), types).get("secret").asString();
        subscribe(otherOrganizer, receiver.url(otherPath), types);
        UUID eventId = UUID.randomUUID();
        UUID bookingId = UUID.randomUUID();
        String buyerEmail = "buyer-" + UUID.randomUUID() + "@example.com";

        publishEventPublished(eventId, organizer.id());
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 1);
        String bookingEvent = TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, bookingId.toString(),
                payloadOf(EventTypes.BOOKING_CONFIRMED, bookingConfirmed(bookingId, eventId, buyerEmail)));
        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, bookingId.toString(),
                payloadOf(EventTypes.BOOKING_CONFIRMED, bookingConfirmed(bookingId, eventId, buyerEmail)), bookingEvent);
        TestEventBus.publish(EventTypes.BOOKING_CANCELLED, bookingId.toString(),
                payloadOf(EventTypes.BOOKING_CANCELLED, bookingCancelled(bookingId, eventId, buyerEmail)));
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 2);
        TestEventBus.publish(EventTypes.TICKET_CHECKED_IN, bookingId.toString(),
                payloadOf(EventTypes.TICKET_CHECKED_IN, checkedIn(bookingId, eventId)));
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 3);
        await().during(Duration.ofSeconds(2)).atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 3);

        List<Received> received = receiver.requestsTo(path);
        assertThat(received).extracting(Received::webhookId).doesNotHaveDuplicates();
        assertThat(received).allSatisfy(request -> assertThat(request.signatureVerifies(secret)).isTrue());
        assertThat(received).noneSatisfy(request -> assertThat(request.signatureVerifies(
                "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]))).isTrue());
        assertThat(received).extracting(request -> json.readTree(request.body()).get("type").asString())
                .containsExactly("event.published", "booking.confirmed", "ticket.checked_in");
        JsonNode booking = json.readTree(received.get(1).body());
        assertThat(booking.get("id").asString()).isEqualTo(bookingEvent);
        assertThat(booking.get("data").get("bookingId").asString()).isEqualTo(bookingId.toString());
        assertThat(booking.get("data").get("quantity").asInt()).isEqualTo(2);
        assertThat(received).allSatisfy(request -> assertThat(request.body()).doesNotContain(buyerEmail, "Ada"));
        assertThat(receiver.requestsTo(otherPath)).isEmpty();
        // the deliveries' unique (subscription, event id) recognised the redelivery: no inbox row needed for it
        assertThat(jdbc.sql("SELECT count(*) FROM inbox WHERE consumer = 'notification.webhooks'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReceiverThatFailsFiveTimesGetsRedeliveriesWithGrowingDelays() {
        TestUser organizer = TestUser.organizer();
        String path = "/flaky-" + UUID.randomUUID();
        receiver.answer(path, (request, count) -> count <= 5 ? 500 : 200);
        String subscriptionId = subscribe(organizer, receiver.url(path), List.of("event.published")).get("id").asString();

        publishEventPublished(UUID.randomUUID(), organizer.id());
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 6);

        List<Received> received = receiver.requestsTo(path);
        assertThat(received).extracting(Received::webhookId).containsOnly(received.getFirst().webhookId());
        List<Duration> pauses = new ArrayList<>();
        for (int i = 1; i < received.size(); i++) {
            pauses.add(Duration.between(received.get(i - 1).arrivedAt(), received.get(i).arrivedAt()));
        }
        for (int i = 1; i < pauses.size(); i++) {
            assertThat(pauses.get(i)).as("pauses %s", pauses).isGreaterThan(pauses.get(i - 1));
        }
        await().atMost(WEBHOOK_PATIENCE).untilAsserted(() -> {
            JsonNode delivery = deliveries(organizer, subscriptionId).get("items").get(0);
            assertThat(delivery.get("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(6);
            assertThat(delivery.get("responseCode").asInt()).isEqualTo(200);
            assertThat(delivery.get("id").asString()).isEqualTo(received.getFirst().webhookId());
        });
        assertThat(subscription(organizer, subscriptionId).get("status").asString()).isEqualTo("ENABLED");
    }

    @Test
    void aSubscriptionWhoseDeliveryFailsForGoodIsDisabledAndCanBeRedeliveredOnceEnabled() {
        TestUser organizer = TestUser.organizer();
        String path = "/down-" + UUID.randomUUID();
        receiver.answer(path, (request, count) -> 503);
        String subscriptionId = subscribe(organizer, receiver.url(path), List.of("event.published")).get("id").asString();

        publishEventPublished(UUID.randomUUID(), organizer.id());
        await().atMost(WEBHOOK_PATIENCE).until(() -> "DISABLED".equals(subscription(organizer, subscriptionId).get("status").asString()));

        JsonNode failed = deliveries(organizer, subscriptionId).get("items").get(0);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(6);
        assertThat(failed.get("responseCode").asInt()).isEqualTo(503);
        assertThat(failed.get("lastError").asString()).contains("HTTP 503");
        assertThat(subscription(organizer, subscriptionId).get("disabledReason").asString()).contains("failed for good");
        assertThat(receiver.requestsTo(path)).hasSize(6);

        receiver.answer(path, (request, count) -> 200);
        http.post().uri("/api/v1/webhooks/{id}/enable", subscriptionId)
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ENABLED");
        http.post().uri("/api/v1/webhooks/{id}/deliveries/{delivery}/redeliver", subscriptionId,
                        failed.get("id").asString())
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange().expectStatus().isAccepted();

        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 7);
        assertThat(receiver.requestsTo(path).getLast().webhookId()).isEqualTo(failed.get("id").asString());
        await().atMost(WEBHOOK_PATIENCE).until(() -> "SUCCEEDED".equals(
                deliveries(organizer, subscriptionId).get("items").get(0).get("status").asString()));
    }

    @Test
    void theOrganizerIsMailedOnceInTheirLanguageWhenASubscriptionIsDisabled() throws Exception {
        TestUser organizer = TestUser.organizer();
        String profileId = TestEventBus.publish(EventTypes.USER_PROFILE_CHANGED, organizer.id().toString(),
                payloadOf(EventTypes.USER_PROFILE_CHANGED, new UserProfileChanged(organizer.id(), organizer.email(),
                        "Olga Organizer", "de", Instant.now())));
        await().atMost(PATIENCE).until(() -> inboxHolds(profileId));
        String path = "/gone-" + UUID.randomUUID();
        receiver.answer(path, (request, count) -> 503);
        String url = receiver.url(path);
        String subscriptionId = subscribe(organizer, url, List.of("event.published")).get("id").asString();

        publishEventPublished(UUID.randomUUID(), organizer.id());
        publishEventPublished(UUID.randomUUID(), organizer.id());
        await().atMost(WEBHOOK_PATIENCE).until(() -> "DISABLED".equals(subscription(organizer, subscriptionId).get("status").asString()));

        MimeMessage mail = awaitOneMailTo(organizer.email());
        assertThat(mail.getSubject()).isEqualTo("Ihr Webhook-Abonnement wurde deaktiviert");
        String text = (String) single(leafParts(mail), "text/plain").getContent();
        assertThat(text).contains("Hallo Olga Organizer,", url, "HTTP 503",
                "POST http://localhost:8080/api/v1/webhooks/" + subscriptionId + "/enable");
        await().during(Duration.ofSeconds(2)).atMost(WEBHOOK_PATIENCE)
                .until(() -> deliveries(organizer, subscriptionId).get("items").size() >= 1);
        deliverDueMails.deliverDue();
        assertThat(mailsTo(organizer.email())).as("one mail however many deliveries failed").hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_mail WHERE kind = 'WEBHOOK_DISABLED' AND user_id = :id")
                .param("id", organizer.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAcceptedWaitingListOfferArrivesWithItsBookingAndNothingPersonal() {
        TestUser organizer = TestUser.organizer();
        String path = "/waitlist-" + UUID.randomUUID();
        String secret = subscribe(organizer, receiver.url(path), List.of("waitlist.offer_accepted"))
                .get("secret").asString();
        UUID eventId = UUID.randomUUID();
        publishEventPublished(eventId, organizer.id());
        WaitlistOfferAccepted accepted = new WaitlistOfferAccepted(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), eventId, UUID.randomUUID(), UUID.randomUUID(), 2, Instant.now());

        String acceptedId = TestEventBus.publish(EventTypes.WAITLIST_OFFER_ACCEPTED, accepted.offerId().toString(),
                payloadOf(EventTypes.WAITLIST_OFFER_ACCEPTED, accepted));
        TestEventBus.publish(EventTypes.WAITLIST_OFFER_ACCEPTED, accepted.offerId().toString(),
                payloadOf(EventTypes.WAITLIST_OFFER_ACCEPTED, accepted), acceptedId);

        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 1);
        Received received = receiver.requestsTo(path).getFirst();
        assertThat(received.signatureVerifies(secret)).isTrue();
        JsonNode body = json.readTree(received.body());
        assertThat(body.get("id").asString()).isEqualTo(acceptedId);
        assertThat(body.get("type").asString()).isEqualTo("waitlist.offer_accepted");
        JsonNode data = body.get("data");
        assertThat(data.get("offerId").asString()).isEqualTo(accepted.offerId().toString());
        assertThat(data.get("bookingId").asString()).isEqualTo(accepted.bookingId().toString());
        assertThat(data.get("eventId").asString()).isEqualTo(eventId.toString());
        assertThat(data.get("quantity").asInt()).isEqualTo(2);
        assertThat(data.has("userId")).isFalse();
    }

    @Test
    void aBookingsEventsArriveInOrderEvenWhenTheFirstNeedsRetries() {
        TestUser organizer = TestUser.organizer();
        String path = "/ordered-" + UUID.randomUUID();
        receiver.answer(path, (request, count) -> count <= 2 ? 500 : 204);
        subscribe(organizer, receiver.url(path), List.of("event.published", "booking.confirmed", "booking.changed",
                "booking.cancelled"));
        UUID eventId = UUID.randomUUID();
        publishEventPublished(eventId, organizer.id());
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 3);
        receiver.answer(path, (request, count) -> count <= 5 ? 500 : 204);
        UUID bookingId = UUID.randomUUID();
        String buyer = "buyer-" + UUID.randomUUID() + "@example.com";

        TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, bookingId.toString(),
                payloadOf(EventTypes.BOOKING_CONFIRMED, bookingConfirmed(bookingId, eventId, buyer)));
        TestEventBus.publish(EventTypes.BOOKING_CHANGED, bookingId.toString(),
                payloadOf(EventTypes.BOOKING_CHANGED, bookingChanged(bookingId, eventId, buyer)));
        TestEventBus.publish(EventTypes.BOOKING_CANCELLED, bookingId.toString(),
                payloadOf(EventTypes.BOOKING_CANCELLED, bookingCancelled(bookingId, eventId, buyer)));
        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 8);

        List<String> types = receiver.requestsTo(path).stream().skip(3)
                .map(request -> json.readTree(request.body()).get("type").asString()).toList();
        assertThat(types).containsExactly("booking.confirmed", "booking.confirmed", "booking.confirmed",
                "booking.changed", "booking.cancelled");
    }

    @Test
    void aPingArrivesSignedAndIsLogged() {
        TestUser organizer = TestUser.organizer();
        String path = "/ping-" + UUID.randomUUID();
        JsonNode subscription = subscribe(organizer, receiver.url(path), List.of("event.cancelled"));
        String subscriptionId = subscription.get("id").asString();

        JsonNode ping = json.readTree(http.post().uri("/api/v1/webhooks/{id}/ping", subscriptionId)
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange().expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody());

        await().atMost(WEBHOOK_PATIENCE).until(() -> receiver.requestsTo(path).size() == 1);
        Received received = receiver.requestsTo(path).getFirst();
        assertThat(received.webhookId()).isEqualTo(ping.get("id").asString());
        assertThat(received.signatureVerifies(subscription.get("secret").asString())).isTrue();
        JsonNode body = json.readTree(received.body());
        assertThat(body.get("type").asString()).isEqualTo("webhook.ping");
        assertThat(body.get("data").get("subscriptionId").asString()).isEqualTo(subscriptionId);
        DocumentedWebhooks.inAsyncApiDocument().assertDocuments("webhook.ping", received.body());
        await().atMost(WEBHOOK_PATIENCE).until(() -> "SUCCEEDED".equals(
                deliveries(organizer, subscriptionId).get("items").get(0).get("status").asString()));
    }

    JsonNode subscribe(TestUser organizer, String url, List<String> eventTypes) {
        return json.readTree(http.post().uri("/api/v1/webhooks")
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", url, "eventTypes", eventTypes))
                .exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode subscription(TestUser organizer, String subscriptionId) {
        return json.readTree(http.get().uri("/api/v1/webhooks/{id}", subscriptionId)
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private JsonNode deliveries(TestUser organizer, String subscriptionId) {
        return json.readTree(http.get().uri("/api/v1/webhooks/{id}/deliveries", subscriptionId)
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private void publishEventPublished(UUID eventId, UUID organizerId) {
        EventPublished published = new EventPublished(eventId, organizerId, "Jazz Night", "Blue Hall",
                "Europe/Berlin", List.of(new EventPublished.Session(UUID.randomUUID(), "Evening show",
                SNAPSHOT.sessionStartsAt(), SNAPSHOT.sessionEndsAt())),
                List.of(new EventPublished.TicketType(UUID.randomUUID(), "Standing", new Money("25.00", "EUR"), 100,
                        null)), Instant.now());
        TestEventBus.publish(EventTypes.EVENT_PUBLISHED, eventId.toString(),
                payloadOf(EventTypes.EVENT_PUBLISHED, published));
    }

    private static BookingConfirmed bookingConfirmed(UUID bookingId, UUID eventId, String buyerEmail) {
        return new BookingConfirmed(bookingId, UUID.randomUUID(), buyerEmail, "Ada Lovelace", eventId,
                UUID.randomUUID(), UUID.randomUUID(), 2, List.of(UUID.randomUUID(), UUID.randomUUID()), SNAPSHOT,
                Instant.now());
    }

    private static BookingChanged bookingChanged(UUID bookingId, UUID eventId, String buyerEmail) {
        UUID session = UUID.randomUUID();
        UUID ticketType = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        return new BookingChanged(bookingId, 1, UUID.randomUUID(), buyerEmail, "Ada Lovelace", eventId,
                new BookingChanged.Line(session, ticketType, 2), new BookingChanged.Line(session, ticketType, 1),
                List.of(kept), List.of(UUID.randomUUID()), List.of(), SNAPSHOT, UUID.randomUUID(), Instant.now());
    }

    private static BookingCancelled bookingCancelled(UUID bookingId, UUID eventId, String buyerEmail) {
        return new BookingCancelled(bookingId, UUID.randomUUID(), buyerEmail, "Ada Lovelace", eventId,
                UUID.randomUUID(), UUID.randomUUID(), 2, List.of(UUID.randomUUID()), BookingCancelled.Cause.BUYER,
                null, UUID.randomUUID(), SNAPSHOT, Instant.now());
    }

    private static TicketCheckedIn checkedIn(UUID bookingId, UUID eventId) {
        return new TicketCheckedIn(UUID.randomUUID(), bookingId, eventId, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "A", UUID.randomUUID(), Instant.now(), false, UUID.randomUUID(), null,
                Instant.now());
    }
}
