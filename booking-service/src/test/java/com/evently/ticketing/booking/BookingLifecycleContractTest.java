package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

class BookingLifecycleContractTest extends BookingServiceIntegrationTest {

    @Test
    void bookEditCancelReachKafkaInOrderKeyedByBookingIdAndSatisfyTheirSchemas() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        TestUser buyer = TestUser.attendee();
        Booking booking = api.placeConfirmed(buyer, bookingOf(event, 3));

        api.edit(buyer, booking.id(), Map.of("quantity", 1)).expectStatus().isOk();
        api.cancel(buyer, booking.id()).expectStatus().isOk();

        List<TestEventBus.Message> messages = TestEventBus.await(Topics.BOOKING_EVENTS,
                message -> booking.id().toString().equals(message.key()), 3, Duration.ofSeconds(30));
        assertThat(messages).extracting(TestEventBus.Message::eventType).containsExactly(
                EventTypes.BOOKING_CONFIRMED, EventTypes.BOOKING_CHANGED, EventTypes.BOOKING_CANCELLED);
        assertThat(messages).allSatisfy(message ->
                ContractAssertions.assertMatchesSchema(message.eventType(), message.payload()));
    }
}
