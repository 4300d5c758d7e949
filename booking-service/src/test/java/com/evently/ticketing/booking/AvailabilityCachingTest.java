package com.evently.ticketing.booking;

import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.UUID;

import static com.evently.ticketing.booking.BookingApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** HTTP caching of the public availability: briefly cacheable, revalidated with If-None-Match, a new tag per sale. */
class AvailabilityCachingTest extends BookingServiceIntegrationTest {

    @Test
    void availabilityIsCacheableForSecondsAndRevalidatesWith304() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);

        HttpHeaders headers = api.availability(event.eventId()).expectStatus().isOk()
                .returnResult().getResponseHeaders();
        String etag = headers.getETag();

        assertThat(headers.getCacheControl()).isEqualTo("max-age=2, public, stale-while-revalidate=5");
        assertThat(etag).startsWith("W/\"");
        // the gateway stamps no-store on an answer without Cache-Control: the 304 must carry it too
        revalidate(event.eventId(), etag).expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=2, public, stale-while-revalidate=5")
                .expectBody().isEmpty();
    }

    @Test
    void aSaleGivesTheAvailabilityANewTag() {
        EventPublished event = CatalogEvents.eventOnSale(10);
        api.putOnSale(event);
        String before = api.availability(event.eventId()).expectStatus().isOk()
                .returnResult().getResponseHeaders().getETag();

        api.placeConfirmed(TestUser.attendee(), bookingOf(event, 3));

        String after = revalidate(event.eventId(), before).expectStatus().isOk()
                .expectBody(BookingApi.Availability.class)
                .value(availability -> assertThat(availability.availableOf(
                        CatalogEvents.firstSession(event), CatalogEvents.firstTicketType(event))).isEqualTo(7))
                .returnResult().getResponseHeaders().getETag();
        assertThat(after).isNotEqualTo(before);
        revalidate(event.eventId(), after).expectStatus().isNotModified();
    }

    @Test
    void anEventNotYetOnSaleIsNotCached() {
        HttpHeaders headers = api.availability(UUID.randomUUID()).expectStatus().isNotFound()
                .returnResult().getResponseHeaders();

        // booking hears of a published event within moments: its 404 must not outlive that anywhere
        assertThat(headers.getETag()).isNull();
        assertThat(headers.getCacheControl()).satisfiesAnyOf(
                value -> assertThat(value).isNull(),
                value -> assertThat(value).doesNotContain("public", "max-age=2"));
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec revalidate(UUID eventId, String etag) {
        return http.get().uri("/api/v1/events/{id}/availability", eventId)
                .header(HttpHeaders.IF_NONE_MATCH, etag)
                .exchange();
    }
}
