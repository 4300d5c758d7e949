package com.evently.ticketing.booking;

import com.evently.ticketing.booking.application.CancelBookingCommand;
import com.evently.ticketing.booking.domain.Feedback;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.testsupport.fuzz.BodyField;
import com.evently.ticketing.testsupport.fuzz.InvalidBodies;
import com.evently.ticketing.testsupport.fuzz.InvalidBody;
import com.evently.ticketing.testsupport.fuzz.RejectedInput;
import com.evently.ticketing.testsupport.fuzz.SpringTestContextHook;
import com.evently.ticketing.testsupport.fuzz.TableCounts;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random invalid bodies for every public request body of booking-service: each is refused with 400 (415 for a
 * wrong content type) problem+json, and no table of the booking schema changes: no booking, no idempotency key, no
 * waiting-list entry, no outbox row. They go to a real event on sale and a real confirmed booking of the caller's.
 */
@AddLifecycleHook(SpringTestContextHook.class)
class BookingInputFuzzTest extends BookingServiceIntegrationTest {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Autowired
    DataSource database;

    // one event and booking for all properties: each would otherwise set off the background work a booking does
    private static final TestUser buyer = TestUser.attendee();
    private static EventPublished event;
    private static UUID booking;

    @Property(tries = 80)
    void placingABookingRefusesInvalidInput(@ForAll("placements") InvalidBody body) {
        onSale();
        refused(() -> http.post().uri("/api/v1/bookings").header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()), body);
    }

    @Property(tries = 50)
    void editingABookingRefusesInvalidInput(@ForAll("edits") InvalidBody body) {
        refused(() -> http.patch().uri("/api/v1/bookings/{id}", booking())
                .header(IDEMPOTENCY_KEY, UUID.randomUUID().toString()), body);
    }

    @Property(tries = 40)
    void cancellingABookingRefusesInvalidInput(@ForAll("cancellations") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/bookings/{id}/cancel", booking()), body);
    }

    @Property(tries = 40)
    void answeringAnRsvpRefusesInvalidInput(@ForAll("rsvps") InvalidBody body) {
        refused(() -> http.put().uri("/api/v1/bookings/{id}/rsvp", booking()), body);
    }

    @Property(tries = 50)
    void givingFeedbackRefusesInvalidInput(@ForAll("feedback") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/bookings/{id}/feedback", booking()), body);
    }

    @Property(tries = 50)
    void joiningTheWaitlistRefusesInvalidInput(@ForAll("waitlistEntries") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/events/{id}/waitlist", onSale().eventId()), body);
    }

    @Provide
    Arbitrary<InvalidBody> placements() {
        EventPublished onSale = onSale();
        return InvalidBodies.of("""
                        {"eventId":"%s","sessionId":"%s","ticketTypeId":"%s","quantity":1}""".formatted(
                        onSale.eventId(), CatalogEvents.firstSession(onSale), CatalogEvents.firstTicketType(onSale)))
                .with(BodyField.requiredUuid("/eventId"),
                        BodyField.requiredUuid("/sessionId"),
                        BodyField.requiredUuid("/ticketTypeId"),
                        BodyField.requiredInteger("/quantity", 1, Integer.MAX_VALUE))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> edits() {
        EventPublished onSale = onSale();
        return InvalidBodies.of("""
                        {"quantity":2,"sessionId":"%s","ticketTypeId":"%s"}""".formatted(
                        CatalogEvents.firstSession(onSale), CatalogEvents.firstTicketType(onSale)))
                .with(BodyField.optionalInteger("/quantity", 1, Integer.MAX_VALUE),
                        BodyField.optionalUuid("/sessionId"),
                        BodyField.optionalUuid("/ticketTypeId"))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> cancellations() {
        return InvalidBodies.of("""
                        {"reason":"Plans changed"}""")
                .bodyIsOptional()
                .with(BodyField.optionalText("/reason", CancelBookingCommand.MAX_REASON_LENGTH))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> rsvps() {
        return InvalidBodies.of("""
                        {"answer":"GOING"}""")
                .with(BodyField.requiredEnum("/answer"))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> feedback() {
        return InvalidBodies.of("""
                        {"rating":4,"comment":"Good talks"}""")
                .with(BodyField.requiredInteger("/rating", 1, 5),
                        BodyField.optionalText("/comment", Feedback.MAX_COMMENT_LENGTH * 2))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> waitlistEntries() {
        EventPublished onSale = onSale();
        return InvalidBodies.of("""
                        {"sessionId":"%s","ticketTypeId":"%s","quantity":1}""".formatted(
                        CatalogEvents.firstSession(onSale), CatalogEvents.firstTicketType(onSale)))
                .with(BodyField.requiredUuid("/sessionId"),
                        BodyField.requiredUuid("/ticketTypeId"),
                        BodyField.requiredInteger("/quantity", 1, Integer.MAX_VALUE))
                .arbitrary();
    }

    private void refused(Supplier<RestTestClient.RequestBodySpec> request, InvalidBody body) {
        RejectedInput.storingNothingIn(database)
                .assertRejected(() -> request.get().header(HttpHeaders.AUTHORIZATION, buyer.bearer()), body);
    }

    private EventPublished onSale() {
        if (event == null) {
            event = CatalogEvents.eventOnSale(50);
            new BookingApi(http).putOnSale(event);
            TableCounts.awaitSettled(database, Duration.ofSeconds(3), Duration.ofSeconds(90));
        }
        return event;
    }

    private UUID booking() {
        if (booking == null) {
            booking = new BookingApi(http).placeConfirmed(buyer, BookingApi.bookingOf(onSale(), 1)).id();
            // the booking's outbox rows and its debounced availability announcement
            TableCounts.awaitSettled(database, Duration.ofSeconds(3), Duration.ofSeconds(90));
        }
        return booking;
    }
}
