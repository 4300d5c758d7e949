package com.evently.ticketing.deploy;

import com.evently.ticketing.client.booking.api.BookingApi;
import com.evently.ticketing.client.booking.model.BookingResponse;
import com.evently.ticketing.client.booking.model.PlaceBookingRequest;
import com.evently.ticketing.client.event.api.EventApi;
import com.evently.ticketing.client.event.model.EventResponse;
import com.evently.ticketing.client.identity.api.AuthApi;
import com.evently.ticketing.client.identity.model.LoginRequest;
import com.evently.ticketing.client.identity.model.RegistrationRequest;
import com.evently.ticketing.deploy.TicketingFlows.PublishedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.evently.ticketing.deploy.TicketingFlows.ATTENDEE_PASSWORD;
import static com.evently.ticketing.deploy.TicketingFlows.awaitAvailability;
import static com.evently.ticketing.deploy.TicketingFlows.createAndPublish;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's flow through the Java client generated from the checked-in OpenAPI documents (clients/java), against
 * the whole suite: sign up and log in, find the event in the catalogue, book with an Idempotency-Key, read the
 * booking back. If a document and the service it describes disagree, the client breaks here.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@ExtendWith(SharedSuite.class)
class GeneratedJavaClientIT {

    @RegisterExtension
    static final ServiceLogsOnFailure SERVICE_LOGS = new ServiceLogsOnFailure(SharedSuite.LOG_DIRECTORY);

    private static LocalSuite suite;

    @BeforeAll
    static void connect(LocalSuite sharedSuite) {
        suite = sharedSuite;
    }

    @Test
    void attendeeSignsUpFindsTheEventBooksAndReadsTheBookingThroughTheGeneratedClient() throws Exception {
        GatewayClient gateway = new GatewayClient(suite.gatewayUrl());
        String admin = gateway.logIn(suite.adminEmail(), suite.adminPassword());
        String title = "Generated client day " + UUID.randomUUID().toString().substring(0, 8);
        PublishedEvent event = createAndPublish(gateway, admin, title, 3);
        awaitAvailability(gateway, event, 3, 3);
        String gatewayUrl = suite.gatewayUrl().toString();

        var identity = new com.evently.ticketing.client.identity.ApiClient();
        identity.updateBaseUri(gatewayUrl);
        AuthApi auth = new AuthApi(identity);
        String email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        auth.register(new RegistrationRequest().email(email).password(ATTENDEE_PASSWORD).name("Client Attendee"));
        String token = auth.logIn(new LoginRequest().email(email).password(ATTENDEE_PASSWORD)).getAccessToken();
        assertThat(token).isNotBlank();

        var catalog = new com.evently.ticketing.client.event.ApiClient();
        catalog.updateBaseUri(gatewayUrl);
        List<EventResponse> found = Eventually.within(TicketingFlows.PROPAGATION, () -> {
            List<EventResponse> items = new EventApi(catalog).searchEvents(title, null, null, null, null, null, null,
                    null, null, null, null, null, 0, 20, null).getItems();
            assertThat(items).as("events found by their title").hasSize(1);
            return items;
        });
        EventResponse listed = found.getFirst();
        assertThat(listed.getId()).hasToString(event.id());

        var bookings = new com.evently.ticketing.client.booking.ApiClient();
        bookings.updateBaseUri(gatewayUrl);
        bookings.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        BookingApi bookingApi = new BookingApi(bookings);
        String idempotencyKey = UUID.randomUUID().toString();
        PlaceBookingRequest twoSeats = new PlaceBookingRequest()
                .eventId(UUID.fromString(event.id()))
                .sessionId(UUID.fromString(event.sessionId()))
                .ticketTypeId(UUID.fromString(event.ticketTypeId()))
                .quantity(2);
        BookingResponse booked = bookingApi.placeBooking(idempotencyKey, twoSeats);
        assertThat(booked.getStatus()).hasToString("CONFIRMED");

        BookingResponse retried = bookingApi.placeBooking(idempotencyKey, twoSeats);
        assertThat(retried.getId()).as("the same key answers the same booking").isEqualTo(booked.getId());

        BookingResponse read = bookingApi.getBooking(booked.getId());
        assertThat(read.getId()).isEqualTo(booked.getId());
        assertThat(read.getQuantity()).isEqualTo(2);
        awaitAvailability(gateway, event, 3, 1);
    }
}
