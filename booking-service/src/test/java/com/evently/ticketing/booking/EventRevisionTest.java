package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.testsupport.ContractAssertions;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** EventUpdated keeps booking's copy of an event's description current, newest catalog version first. */
class EventRevisionTest extends BookingServiceIntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void revisedTitleVenueAndTimeZoneAppearInTheNextBookingConfirmed() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        Booking before = api.placeConfirmed(TestUser.attendee(), bookingOf(event, 1));
        EventUpdated revision = CatalogEvents.revisionOf(event, 7);

        inbox.awaitProcessed(CatalogEvents.publish(revision));
        Booking after = api.placeConfirmed(TestUser.attendee(), bookingOf(event, 1));

        JsonNode revised = eventSnapshotConfirmedFor(after);
        assertThat(revised.get("title").asString()).isEqualTo(revision.title());
        assertThat(revised.get("venue").asString()).isEqualTo(revision.venue());
        assertThat(revised.get("timeZone").asString()).isEqualTo(revision.timeZone());
        assertThat(revised.get("sessionName").asString()).as("sessions never change after publication")
                .isEqualTo(event.sessions().getFirst().name());
        assertThat(eventSnapshotConfirmedFor(before).get("title").asString())
                .as("a booking confirmed earlier keeps the title it was sold with").isEqualTo(event.title());
    }

    @Test
    void olderRevisionArrivingAfterANewerOneChangesNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        EventUpdated newer = CatalogEvents.revisionOf(event, 3);
        EventUpdated older = CatalogEvents.revisionOf(event, 2);

        inbox.awaitProcessed(CatalogEvents.publish(newer));
        String olderCeId = CatalogEvents.publish(older);
        inbox.awaitProcessed(olderCeId);
        Booking booking = api.placeConfirmed(TestUser.attendee(), bookingOf(event, 1));

        assertThat(eventSnapshotConfirmedFor(booking).get("title").asString()).isEqualTo(newer.title());
        assertThat(eventSnapshotConfirmedFor(booking).get("venue").asString()).isEqualTo(newer.venue());
        assertThat(catalogVersionOf(event)).isEqualTo(3);
    }

    @Test
    void redeliveredEventUpdatedChangesNothing() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        EventUpdated revision = CatalogEvents.revisionOf(event, 2);
        String ceId = CatalogEvents.publish(revision);
        inbox.awaitProcessed(ceId);

        CatalogEvents.redeliver(revision, ceId);
        awaitEverythingConsumedFor(event);

        assertThat(inbox.rowsFor(ceId)).isEqualTo(1);
        assertThat(titleOf(event)).isEqualTo(revision.title());
        assertThat(catalogVersionOf(event)).isEqualTo(2);
    }

    @Test
    void revisionOfAnEventBookingNeverReceivedIsIgnored() {
        EventPublished neverPublished = CatalogEvents.eventOnSale(10);

        inbox.awaitProcessed(CatalogEvents.publish(CatalogEvents.revisionOf(neverPublished, 2)));

        api.availability(neverPublished.eventId()).expectStatus().isNotFound();
        assertThat(jdbc.sql("SELECT count(*) FROM published_event WHERE event_id = :id")
                .param("id", neverPublished.eventId()).query(Integer.class).single()).isZero();
    }

    /** The event snapshot of the BookingConfirmed the booking appended to the outbox; checked against the schema. */
    private JsonNode eventSnapshotConfirmedFor(Booking booking) {
        String payload = jdbc.sql("""
                        SELECT payload::text FROM outbox
                         WHERE event_type = :type AND aggregate_type = 'Booking' AND aggregate_id = :bookingId
                        """)
                .param("type", EventTypes.BOOKING_CONFIRMED)
                .param("bookingId", booking.id().toString())
                .query(String.class).single();
        ContractAssertions.assertMatchesSchema(EventTypes.BOOKING_CONFIRMED, payload);
        return json.readTree(payload).get("event");
    }

    private String titleOf(EventPublished event) {
        return jdbc.sql("SELECT title FROM published_event WHERE event_id = :id")
                .param("id", event.eventId()).query(String.class).single();
    }

    private long catalogVersionOf(EventPublished event) {
        return jdbc.sql("SELECT catalog_version FROM published_event WHERE event_id = :id")
                .param("id", event.eventId()).query(Long.class).single();
    }
}
