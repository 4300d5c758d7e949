package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventCompleted;
import com.evently.ticketing.contracts.booking.WaitlistOfferAccepted;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.notification.domain.webhook.WebhookEvent;
import com.evently.ticketing.notification.domain.webhook.WebhookEventType;
import com.evently.ticketing.notification.testing.DocumentedWebhooks;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link WebhookPayloads} sends partners is what the AsyncAPI document promises them: every webhook type is
 * documented, and a body built from a contract with every field filled satisfies its schema and names nothing the
 * schema leaves out. (The ping, built by ManagingWebhooks, is checked as it arrives in WebhookDeliveryTest.)
 */
class DocumentedWebhooksTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final BookingConfirmed.EventSnapshot SNAPSHOT = new BookingConfirmed.EventSnapshot("Jazz Night",
            "Blue Hall", "Europe/Berlin", "Evening show", NOW, NOW.plus(Duration.ofHours(2)), "Standing",
            new Money("25.00", "EUR"));

    private final WebhookPayloads payloads = new WebhookPayloads(JsonMapper.builder().build());
    private final DocumentedWebhooks documented = DocumentedWebhooks.inAsyncApiDocument();

    /** One fully filled example per subscribable type: a type added without an example fails the test below. */
    private final Map<WebhookEventType, Supplier<WebhookEvent>> examples = Map.ofEntries(
            entry(WebhookEventType.BOOKING_CONFIRMED, () -> payloads.bookingConfirmed(incoming(
                    EventTypes.BOOKING_CONFIRMED, new BookingConfirmed(id(), id(), "ana@example.com", "Ana", id(), id(),
                            id(), 2, List.of(id(), id()), SNAPSHOT, NOW)))),
            entry(WebhookEventType.BOOKING_CHANGED, () -> payloads.bookingChanged(incoming(
                    EventTypes.BOOKING_CHANGED, new BookingChanged(id(), 1, id(), "ana@example.com", "Ana", id(),
                            new BookingChanged.Line(id(), id(), 2), new BookingChanged.Line(id(), id(), 1),
                            List.of(id()), List.of(id()), List.of(), SNAPSHOT, id(), NOW)))),
            entry(WebhookEventType.BOOKING_CANCELLED, () -> payloads.bookingCancelled(incoming(
                    EventTypes.BOOKING_CANCELLED, new BookingCancelled(id(), id(), "ana@example.com", "Ana", id(),
                            id(), id(), 2, List.of(id(), id()), BookingCancelled.Cause.EVENT_CANCELLED, "Flooded",
                            id(), SNAPSHOT, NOW)))),
            entry(WebhookEventType.TICKET_TRANSFERRED, () -> payloads.ticketTransferred(incoming(
                    EventTypes.TICKET_TRANSFERRED, new TicketTransferred(id(), id(), id(), id(), id(), id(), id(),
                            "bea@example.com", "Bea", "ana@example.com", "Ana", "Jazz Night", NOW, "Europe/Berlin",
                            id(), NOW)))),
            entry(WebhookEventType.TICKET_CHECKED_IN, () -> payloads.ticketCheckedIn(incoming(
                    EventTypes.TICKET_CHECKED_IN, new TicketCheckedIn(id(), id(), id(), id(), id(), id(), "North door",
                            id(), NOW, true, id(), id(), NOW)))),
            entry(WebhookEventType.EVENT_PUBLISHED, () -> payloads.eventPublished(incoming(
                    EventTypes.EVENT_PUBLISHED, new EventPublished(id(), id(), "Jazz Night", "Blue Hall",
                            "Europe/Berlin", List.of(new EventPublished.Session(id(), "Evening show", NOW,
                            NOW.plus(Duration.ofHours(2)))), List.of(new EventPublished.TicketType(id(), "Standing",
                            new Money("25.00", "EUR"), 100, 4)), NOW, List.of(Duration.ofDays(1)))))),
            entry(WebhookEventType.EVENT_UPDATED, () -> payloads.eventUpdated(incoming(
                    EventTypes.EVENT_UPDATED, new EventUpdated(id(), id(), "Jazz Night", "Live jazz", "Red Hall",
                            "Europe/Berlin", 3, NOW, List.of(Duration.ofHours(2)))))),
            entry(WebhookEventType.EVENT_CANCELLED, () -> payloads.eventCancelled(incoming(
                    EventTypes.EVENT_CANCELLED, new EventCancelled(id(), id(), "Flooded", NOW)))),
            entry(WebhookEventType.EVENT_COMPLETED, () -> payloads.eventCompleted(incoming(
                    EventTypes.EVENT_COMPLETED, new EventCompleted(id(), id(), NOW)))),
            entry(WebhookEventType.WAITLIST_OFFER_ACCEPTED, () -> payloads.waitlistOfferAccepted(incoming(
                    EventTypes.WAITLIST_OFFER_ACCEPTED, new WaitlistOfferAccepted(id(), id(), id(), id(), id(), id(), 2,
                            NOW)))));

    @Test
    void everyWebhookTypeIsDocumentedAndNothingElse() {
        assertThat(documented.types()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(WebhookEventType.values()).map(WebhookEventType::publicName).toList());
    }

    @Test
    void everyBodySentSatisfiesItsDocumentedSchemaFieldByField() {
        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(WebhookEventType.subscribable());
        examples.forEach((type, example) -> {
            WebhookEvent event = example.get();
            assertThat(event.type()).isEqualTo(type);
            documented.assertDocuments(type.publicName(), event.payload());
        });
    }

    @Test
    void aBodyWithAnUndocumentedFieldIsCaught() {
        String body = payloads.eventCompleted(incoming(EventTypes.EVENT_COMPLETED, new EventCompleted(id(), id(), NOW)))
                .payload().replace("\"data\":{", "\"data\":{\"buyerEmail\":\"ana@example.com\",");

        assertThatThrownBy(() -> documented.assertDocuments("event.completed", body))
                .isInstanceOf(AssertionError.class).hasMessageContaining("/data/buyerEmail");
    }

    private static <T> IncomingEvent<T> incoming(String type, T payload) {
        return new IncomingEvent<>(UUID.randomUUID(), type, "key", NOW, payload);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
