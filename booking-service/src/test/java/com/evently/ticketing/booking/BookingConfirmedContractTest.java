package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

class BookingConfirmedContractTest extends BookingServiceIntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void confirmedBookingReachesKafkaKeyedByBookingIdAndSatisfiesItsSchema() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        TestUser buyer = TestUser.attendee();

        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 3));

        List<TestEventBus.Message> messages = TestEventBus.await(Topics.BOOKING_EVENTS,
                message -> booking.id().toString().equals(message.key()), 1, Duration.ofSeconds(30));
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.eventType()).isEqualTo(EventTypes.BOOKING_CONFIRMED);
            assertThat(message.eventId()).isNotBlank();
            ContractAssertions.assertMatchesSchema(EventTypes.BOOKING_CONFIRMED, message.payload());

            JsonNode payload = json.readTree(message.payload());
            assertThat(payload.get("bookingId").asString()).isEqualTo(booking.id().toString());
            assertThat(payload.get("userId").asString()).isEqualTo(buyer.id().toString());
            assertThat(payload.get("buyerEmail").asString()).isEqualTo(buyer.email());
            assertThat(payload.get("buyerName").asString()).isEqualTo(buyer.name());
            assertThat(payload.get("quantity").asInt()).isEqualTo(3);
            assertThat(payload.get("seatIds").values()).extracting(JsonNode::asString)
                    .containsExactlyElementsOf(booking.seatIds().stream().map(Object::toString).toList());
            JsonNode snapshot = payload.get("event");
            assertThat(snapshot.get("title").asString()).isEqualTo(event.title());
            assertThat(snapshot.get("venue").asString()).isEqualTo(event.venue());
            assertThat(snapshot.get("timeZone").asString()).isEqualTo(event.timeZone());
            assertThat(snapshot.get("sessionName").asString()).isEqualTo(event.sessions().getFirst().name());
            assertThat(snapshot.get("ticketTypeName").asString()).isEqualTo(event.ticketTypes().getFirst().name());
            assertThat(snapshot.get("unitPrice").get("amount").asString()).isEqualTo("25.00");
            assertThat(snapshot.get("unitPrice").get("currency").asString()).isEqualTo("EUR");
        });
    }

    @Test
    void outboxRowOfAConfirmedBookingSatisfiesTheSchema() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        Booking booking = api.placeConfirmed(TestUser.attendee(), bookingOf(event, 1));

        String payload = jdbc.sql("""
                        SELECT payload::text FROM outbox
                         WHERE event_type = :type AND aggregate_type = 'Booking' AND aggregate_id = :bookingId
                        """)
                .param("type", EventTypes.BOOKING_CONFIRMED)
                .param("bookingId", booking.id().toString())
                .query(String.class).single();
        ContractAssertions.assertMatchesSchema(EventTypes.BOOKING_CONFIRMED, payload);
    }
}
