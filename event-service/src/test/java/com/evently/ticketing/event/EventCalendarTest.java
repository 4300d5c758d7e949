package com.evently.ticketing.event;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.evently.ticketing.event.EventRequests.event;
import static com.evently.ticketing.event.EventRequests.session;
import static org.assertj.core.api.Assertions.assertThat;

/** The calendar by day, the .ics downloads and feed, parsed back with a real iCalendar parser. */
class EventCalendarTest extends EventServiceIntegrationTest {

    private TestUser organizer;

    @BeforeEach
    void setUp() {
        organizer = TestUser.organizer();
    }

    @Test
    void icsParsesAndKeepsItsUidsAcrossEdits() throws Exception {
        UUID eventId = catalog.createPublished(organizer, event("Java Day", "Hall A, Lisbon",
                session("Day 1", "2036-03-01T09:00:00Z", "2036-03-01T17:00:00Z"),
                session("Day 2", "2036-03-02T09:00:00Z", "2036-03-02T17:00:00Z")));
        Map<String, Object> read = catalog.read(organizer, eventId);

        List<VEvent> before = entriesOf(ics(organizer, eventId));
        assertThat(before).hasSize(2);
        assertThat(before).extracting(entry -> value(entry, Property.SUMMARY))
                .containsExactly("Java Day — Day 1", "Java Day — Day 2");
        assertThat(value(before.getFirst(), Property.LOCATION)).isEqualTo("Hall A, Lisbon");
        assertThat(value(before.getFirst(), Property.DTSTART)).isEqualTo("20360301T090000Z");

        read.put("title", "Java Day, renamed");
        catalog.revise(organizer, eventId, catalog.etagOf(organizer, eventId), read).expectStatus().isOk();
        List<VEvent> after = entriesOf(ics(organizer, eventId));

        assertThat(after).extracting(entry -> value(entry, Property.UID))
                .containsExactlyElementsOf(before.stream().map(entry -> value(entry, Property.UID)).toList())
                .allSatisfy(uid -> assertThat(uid).endsWith("@events.evently.dev"));
        assertThat(value(after.getFirst(), Property.SUMMARY)).isEqualTo("Java Day, renamed — Day 1");
        assertThat(Integer.parseInt(value(after.getFirst(), Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(before.getFirst(), Property.SEQUENCE)));
    }

    @Test
    void cancelledEventStaysInTheFeedMarkedCancelledSoCalendarsDropIt() throws Exception {
        UUID eventId = catalog.createPublished(organizer, event("Soon", "Hall A",
                session("Main", java.time.Instant.now().plusSeconds(86_400 * 3).toString(),
                        java.time.Instant.now().plusSeconds(86_400 * 3 + 3600).toString())));

        String confirmed = feed(organizer.id());
        catalog.cancel(organizer, eventId, null).expectStatus().isOk();
        String cancelled = feed(organizer.id());

        assertThat(entriesOf(confirmed)).singleElement()
                .satisfies(entry -> assertThat(value(entry, Property.STATUS)).isEqualTo("CONFIRMED"));
        assertThat(entriesOf(cancelled)).singleElement()
                .satisfies(entry -> assertThat(value(entry, Property.STATUS)).isEqualTo("CANCELLED"));
        assertThat(entriesOf(feed(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void eventIcsIsTaggedWithTheEventsVersionAndRevalidatesWith304() throws Exception {
        UUID eventId = catalog.createPublished(organizer, event("Tagged", "Hall A",
                session("Main", "2036-06-01T09:00:00Z", "2036-06-01T10:00:00Z")));
        String etag = catalog.etagOf(organizer, eventId);

        assertThat(icsResponse(organizer, eventId, null).expectStatus().isOk()
                .returnResult().getResponseHeaders().getETag()).isEqualTo(etag);
        icsResponse(organizer, eventId, etag).expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("public"))
                .expectBody().isEmpty();

        Map<String, Object> read = catalog.read(organizer, eventId);
        read.put("title", "Tagged again");
        catalog.revise(organizer, eventId, etag, read).expectStatus().isOk();

        String body = icsResponse(organizer, eventId, etag).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, catalog.etagOf(organizer, eventId))
                .returnResult(String.class).getResponseBody();
        // one DTSTAMP, the event's last change: the same version always gives the same file
        assertThat(entriesOf(body)).singleElement().satisfies(entry -> {
            assertThat(value(entry, Property.SUMMARY)).isEqualTo("Tagged again");
            assertThat(entry.getProperties(Property.DTSTAMP)).hasSize(1);
        });
    }

    @Test
    void feedIsTaggedWithItsContentAndRevalidatesWith304UntilAnEntryChanges() throws Exception {
        Instant start = Instant.now().plusSeconds(86_400 * 5);
        UUID eventId = catalog.createPublished(organizer, event("Subscribed", "Hall A",
                session("Main", start.toString(), start.plusSeconds(3600).toString())));
        String etag = feedResponse(organizer.id(), null).expectStatus().isOk()
                .returnResult().getResponseHeaders().getETag();

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        feedResponse(organizer.id(), etag).expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody().isEmpty();

        catalog.cancel(organizer, eventId, null).expectStatus().isOk();

        String cancelled = feedResponse(organizer.id(), etag).expectStatus().isOk()
                .expectHeader().value(HttpHeaders.ETAG, newTag -> assertThat(newTag).isNotEqualTo(etag))
                .returnResult(String.class).getResponseBody();
        assertThat(entriesOf(cancelled)).singleElement()
                .satisfies(entry -> assertThat(value(entry, Property.STATUS)).isEqualTo("CANCELLED"));
    }

    @Test
    void draftCalendarIsOnlyForItsOrganizer() {
        UUID draft = catalog.createDraft(organizer, event("Secret", "Back room",
                session("Main", "2036-04-01T09:00:00Z", "2036-04-01T10:00:00Z")));

        http.get().uri(EventApi.EVENTS + "/{id}/calendar.ics", draft).exchange().expectStatus().isNotFound();
        assertThat(ics(organizer, draft)).contains("BEGIN:VEVENT");
    }

    @Test
    void calendarGroupsSessionsByDayInTheRequestedTimeZone() {
        UUID late = catalog.createPublished(organizer, event("Late show", "Hall A",
                session("Main", "2037-05-31T23:30:00Z", "2037-06-01T01:00:00Z")));
        UUID twoDays = catalog.createPublished(organizer, event("Two days", "Hall B",
                session("Day 1", "2037-06-01T09:00:00Z", "2037-06-01T17:00:00Z"),
                session("Day 2", "2037-06-02T09:00:00Z", "2037-06-02T17:00:00Z")));
        catalog.createDraft(organizer, event("Draft", "Hall C",
                session("Main", "2037-06-01T12:00:00Z", "2037-06-01T13:00:00Z")));

        http.get().uri(EventApi.EVENTS + "/calendar?month=2037-06&timeZone=Europe/Lisbon&organizer={o}", organizer.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.timeZone").isEqualTo("Europe/Lisbon")
                .jsonPath("$.from").isEqualTo("2037-06-01")
                .jsonPath("$.to").isEqualTo("2037-06-30")
                .jsonPath("$.days[*].date").isEqualTo(List.of("2037-06-01", "2037-06-02"))
                .jsonPath("$.days[0].sessions[*].eventId")
                .isEqualTo(List.of(late.toString(), twoDays.toString()))
                .jsonPath("$.days[1].sessions[0].sessionName").isEqualTo("Day 2");

        http.get().uri(EventApi.EVENTS + "/calendar?from=2037-05-31&to=2037-05-31&organizer={o}", organizer.id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.timeZone").isEqualTo("UTC")
                .jsonPath("$.days[0].sessions[0].eventId").isEqualTo(late.toString());
    }

    @Test
    void eventResourceOffersAddToCalendarLinks() {
        UUID eventId = catalog.createPublished(organizer, event("Linked", "Hall A",
                session("Main", "2036-05-01T09:00:00Z", "2036-05-01T10:00:00Z")));

        catalog.view(null, eventId).expectStatus().isOk().expectBody()
                .jsonPath("$.addToCalendar.ics").isEqualTo("/api/v1/events/" + eventId + "/calendar.ics")
                .jsonPath("$.addToCalendar.google[0]").value(link -> assertThat((String) link)
                        .startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE")
                        .contains("dates=20360501T090000Z/20360501T100000Z"));
    }

    @Test
    void badCalendarParametersAreRejected() {
        for (String query : List.of("month=2037-13", "month=2037-06&from=2037-06-01", "from=2037-06-01",
                "from=2037-06-02&to=2037-06-01", "from=2037-01-01&to=2037-12-31", "month=2037-06&timeZone=Mars/Base")) {
            http.get().uri(EventApi.EVENTS + "/calendar?" + query).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private String ics(TestUser user, UUID eventId) {
        return http.get().uri(EventApi.EVENTS + "/{id}/calendar.ics", eventId)
                .header(HttpHeaders.AUTHORIZATION, user.bearer())
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/calendar")
                .returnResult(String.class).getResponseBody();
    }

    private RestTestClient.ResponseSpec icsResponse(TestUser user, UUID eventId, String ifNoneMatch) {
        return http.get().uri(EventApi.EVENTS + "/{id}/calendar.ics", eventId)
                .headers(headers -> {
                    headers.set(HttpHeaders.AUTHORIZATION, user.bearer());
                    if (ifNoneMatch != null) {
                        headers.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .exchange();
    }

    private RestTestClient.ResponseSpec feedResponse(UUID organizerId, String ifNoneMatch) {
        return http.get().uri(EventApi.EVENTS + "/calendar.ics?organizer={o}", organizerId)
                .headers(headers -> {
                    if (ifNoneMatch != null) {
                        headers.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .exchange();
    }

    private String feed(UUID organizerId) {
        return http.get().uri(EventApi.EVENTS + "/calendar.ics?organizer={o}", organizerId)
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
    }

    private static List<VEvent> entriesOf(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    }

    private static String value(VEvent entry, String property) {
        return entry.getProperty(property).map(Property::getValue).orElse(null);
    }
}
