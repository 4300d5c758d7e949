package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/bookings/{id}/calendar.ics}, parsed back with ical4j. */
class BookingCalendarTest extends BookingServiceIntegrationTest {

    TestUser buyer = TestUser.attendee();
    EventPublished event;
    Booking booking;

    @BeforeEach
    void placeABooking() {
        event = CatalogEvents.eventOnSale(2, 1, 10);
        api.putOnSale(event);
        booking = api.placeConfirmed(buyer, Map.of(
                "eventId", event.eventId(),
                "sessionId", event.sessions().get(1).sessionId(),
                "ticketTypeId", CatalogEvents.firstTicketType(event),
                "quantity", 2));
    }

    @Test
    void describesTheBookedSession() throws Exception {
        VEvent entry = onlyEntryOf(downloaded(buyer, booking.id()));
        EventPublished.Session session = event.sessions().get(1);

        assertThat(value(entry, Property.UID)).isEqualTo(booking.id() + "@bookings.evently.dev");
        assertThat(value(entry, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(entry, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(Instant.from(entry.getDateTimeStart().getDate())).isEqualTo(session.startsAt());
        assertThat(Instant.from(entry.getDateTimeEnd().getDate())).isEqualTo(session.endsAt());
        assertThat(value(entry, Property.DTSTART)).endsWith("Z");
        assertThat(value(entry, Property.SUMMARY)).isEqualTo(event.title() + " — Day 2");
        assertThat(value(entry, Property.LOCATION)).isEqualTo("Hall A, Lisbon");
        assertThat(value(entry, Property.DESCRIPTION)).contains("Standard").contains("2 seats");
        assertThat(entry.getProperties(Property.DTSTAMP)).as("one DTSTAMP, as RFC 5545 allows").hasSize(1);
    }

    @Test
    void anEditKeepsTheUidAndRaisesTheSequence() throws Exception {
        String uidBefore = value(onlyEntryOf(downloaded(buyer, booking.id())), Property.UID);

        api.edit(buyer, booking.id(), Map.of("quantity", 3)).expectStatus().isOk();
        VEvent edited = onlyEntryOf(downloaded(buyer, booking.id()));

        assertThat(value(edited, Property.UID)).isEqualTo(uidBefore);
        assertThat(value(edited, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(edited, Property.DESCRIPTION)).contains("3 seats");
    }

    @Test
    void aCancelledBookingIsMarkedCancelledSoCalendarAppsDropIt() throws Exception {
        api.cancel(buyer, booking.id()).expectStatus().isOk();

        VEvent cancelled = onlyEntryOf(downloaded(buyer, booking.id()));

        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.UID)).isEqualTo(booking.id() + "@bookings.evently.dev");
    }

    @Test
    void anAdminDownloadsAnyBooking() throws Exception {
        assertThat(value(onlyEntryOf(downloaded(TestUser.admin(), booking.id())), Property.UID))
                .startsWith(booking.id().toString());
    }

    @Test
    void someoneElsesBookingIsNotFoundLikeReadingIt() {
        calendar(TestUser.attendee(), booking.id())
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.BOOKING_NOT_FOUND));
        calendar(TestUser.organizer(), booking.id()).expectStatus().isNotFound();
    }

    @Test
    void anUnknownBookingIsNotFound() {
        calendar(buyer, UUID.randomUUID()).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void needsAToken() {
        http.get().uri("/api/v1/bookings/{id}/calendar.ics", booking.id()).exchange().expectStatus().isUnauthorized();
    }

    private RestTestClient.ResponseSpec calendar(TestUser user, UUID bookingId) {
        return http.get().uri("/api/v1/bookings/{id}/calendar.ics", bookingId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange();
    }

    private String downloaded(TestUser user, UUID bookingId) {
        return calendar(user, bookingId)
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar"))
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"booking-.*\\.ics\"")
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static VEvent onlyEntryOf(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(1);
        return calendar.<VEvent>getComponents("VEVENT").getFirst();
    }

    private static String value(VEvent entry, String property) {
        return entry.getProperty(property).orElseThrow().getValue();
    }
}
