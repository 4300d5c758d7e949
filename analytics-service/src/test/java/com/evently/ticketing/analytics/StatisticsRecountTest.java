package com.evently.ticketing.analytics;

import com.evently.ticketing.analytics.domain.Percent;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After a random workload, every dashboard, per-event and report figure equals a direct recount of what the workload
 * did. The period is
 * far in the future, so the other tests' bookings (made "now") stay out of the platform's period-bound figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsRecountTest extends AnalyticsIntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalDate FIRST_DAY = LocalDate.of(2091, 3, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2091, 3, 14);

    private Workload workload;
    private TestUser organizerA;
    private TestUser organizerB;

    @BeforeAll
    void runAWorkload() {
        createFeedsAndApi();
        workload = new Workload(events, 11, FIRST_DAY, LAST_DAY, ZONE).run(150);
        organizerA = new TestUser(workload.organizerA, "a@example.com", "Organizer A", List.of("USER", "ORGANIZER"));
        organizerB = new TestUser(workload.organizerB, "b@example.com", "Organizer B", List.of("USER", "ORGANIZER"));
    }

    @Test
    void organizerDashboardEqualsARecountOfTheirOwnEventsOnly() {
        awaitDashboardMatchingRecount(organizerA, organizer -> organizer.equals(workload.organizerA), true);
        awaitDashboardMatchingRecount(organizerB, organizer -> organizer.equals(workload.organizerB), true);
    }

    @Test
    void adminDashboardEqualsARecountOfThePlatformsPeriod() {
        awaitDashboardMatchingRecount(admin, organizer -> true, false);
    }

    @Test
    void organizerSeesNoNewUsersAndAdminSeesTheRecountedOnes() {
        await().atMost(CONSUMER_PATIENCE).untilAsserted(() -> {
            assertThat(dashboard(admin).at("/totals/newUsers").asLong()).isEqualTo(workload.registrationsInPeriod());
            JsonNode organizersNewUsers = dashboard(organizerA).at("/totals/newUsers");
            assertThat(organizersNewUsers.isNull() || organizersNewUsers.isMissingNode()).isTrue();
        });
    }

    @Test
    void everyEventsLinesAndDaysEqualARecount() {
        await().atMost(CONSUMER_PATIENCE.multipliedBy(2)).untilAsserted(() -> {
            for (Workload.Event event : workload.events) {
                assertEventMatchesRecount(event);
            }
        });
    }

    private void assertEventMatchesRecount(Workload.Event event) {
        String body = http.get().uri("/api/v1/analytics/events/{id}?from={from}&to={to}&tz={tz}", event.id(),
                        FIRST_DAY, LAST_DAY, ZONE)
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode stats = json.readTree(body);
        List<Workload.Booking> ofEvent = workload.bookings.stream().filter(booking -> booking.event == event).toList();
        assertThat(stats.at("/status").asText())
                .isEqualTo(workload.cancelledEvents.contains(event.id()) ? "CANCELLED" : "PUBLISHED");
        assertThat(stats.at("/confirmed").asInt()).isEqualTo(ofEvent.stream().filter(Workload.Booking::stands)
                .mapToInt(booking -> booking.line.quantity()).sum());
        assertThat(stats.at("/cancelled").asInt()).isEqualTo(ofEvent.stream().filter(booking -> !booking.stands())
                .mapToInt(booking -> booking.line.quantity()).sum());
        List<Workload.CheckIn> admitted = workload.checkIns.stream()
                .filter(checkIn -> checkIn.booking().event == event).toList();
        assertThat(stats.at("/checkedIn").asInt()).isEqualTo(admitted.size());
        for (JsonNode line : stats.at("/lines")) {
            UUID sessionId = UUID.fromString(line.at("/sessionId").asText());
            UUID ticketTypeId = UUID.fromString(line.at("/ticketTypeId").asText());
            assertThat(line.at("/checkedIn").asLong())
                    .isEqualTo(admitted.stream().filter(checkIn -> checkIn.on(sessionId, ticketTypeId)).count());
            List<Workload.Booking> onLine = ofEvent.stream().filter(booking ->
                    booking.line.sessionId().toString().equals(line.at("/sessionId").asText())
                    && booking.line.ticketTypeId().toString().equals(line.at("/ticketTypeId").asText())).toList();
            int held = onLine.stream().filter(Workload.Booking::stands).mapToInt(booking -> booking.line.quantity()).sum();
            assertThat(line.at("/confirmed").asInt()).isEqualTo(held);
            assertThat(line.at("/cancelled").asInt()).isEqualTo(onLine.stream().filter(booking -> !booking.stands())
                    .mapToInt(booking -> booking.line.quantity()).sum());
            assertThat(line.at("/available").asInt()).isEqualTo(Math.max(0, line.at("/capacity").asInt() - held));
            if (held > 0) {
                assertThat(new BigDecimal(line.at("/revenue").asText())).isEqualByComparingTo(
                        new BigDecimal(event.price().amount()).multiply(BigDecimal.valueOf(held)));
                assertThat(line.at("/currency").asText()).isEqualTo(event.price().currency());
            }
        }
        assertThat(stats.at("/lines").size())
                .isEqualTo(event.published().sessions().size() * event.published().ticketTypes().size());
        for (JsonNode day : stats.at("/daily")) {
            LocalDate date = LocalDate.parse(day.at("/date").asText());
            assertThat(day.at("/bookings").asLong()).isEqualTo(ofEvent.stream()
                    .filter(booking -> workload.dayOf(booking.bookedAt()).equals(date)).count());
            assertThat(day.at("/cancellations").asLong()).isEqualTo(ofEvent.stream()
                    .filter(booking -> booking.cancelledAt != null && workload.dayOf(booking.cancelledAt).equals(date))
                    .count());
            assertThat(day.at("/checkIns").asLong()).isEqualTo(admitted.stream()
                    .filter(checkIn -> workload.dayOf(checkIn.at()).equals(date)).count());
        }
        assertThat(stats.at("/daily").size()).isEqualTo(14);
    }

    @Test
    void reportByEventDayAndCurrencyEqualsARecount() {
        String query = "dimensions=event,day&measures=bookings,seats,cancellations,cancelledSeats,revenue,checkIns"
                + "&from=%s&to=%s&tz=%s".formatted(FIRST_DAY, LAST_DAY, ZONE);
        await().atMost(CONSUMER_PATIENCE.multipliedBy(2)).untilAsserted(() -> {
            JsonNode report = report(organizerA, query);
            assertThat(report.at("/columns")).extracting(JsonNode::asText).containsExactly("event", "eventTitle",
                    "day", "currency", "bookings", "seats", "cancellations", "cancelledSeats", "revenue", "checkIns");
            Map<String, long[]> expected = new TreeMap<>();
            Predicate<UUID> ownEvents = organizer -> organizer.equals(workload.organizerA);
            workload.bookedInPeriod(ownEvents).forEach(booking -> {
                long[] figures = expected.computeIfAbsent(key(booking, workload.dayOf(booking.bookedAt())),
                        k -> new long[6]);
                figures[0]++;
                figures[1] += booking.stands() ? booking.line.quantity() : 0;
                figures[4] += booking.stands() ? new BigDecimal(booking.event.price().amount())
                        .multiply(BigDecimal.valueOf(100L * booking.line.quantity())).longValueExact() : 0;
            });
            workload.cancelledInPeriod(ownEvents).forEach(booking -> {
                long[] figures = expected.computeIfAbsent(key(booking, workload.dayOf(booking.cancelledAt)),
                        k -> new long[6]);
                figures[2]++;
                figures[3] += booking.line.quantity();
            });
            workload.checkInsInPeriod(ownEvents).forEach(checkIn -> expected.computeIfAbsent(
                    key(checkIn.booking(), workload.dayOf(checkIn.at())), k -> new long[6])[5]++);
            Map<String, long[]> shown = new TreeMap<>();
            for (JsonNode row : report.at("/rows")) {
                shown.put(row.at("/event").asText() + "|" + row.at("/day").asText() + "|" + row.at("/currency").asText(),
                        new long[] {row.at("/bookings").asLong(), row.at("/seats").asLong(),
                                row.at("/cancellations").asLong(), row.at("/cancelledSeats").asLong(),
                                new BigDecimal(row.at("/revenue").asText()).movePointRight(2).longValueExact(),
                                row.at("/checkIns").asLong()});
            }
            assertThat(shown.keySet()).isEqualTo(expected.keySet());
            expected.forEach((key, figures) -> assertThat(shown.get(key)).as(key).containsExactly(figures));
        });
    }

    @Test
    void reportWithoutDimensionsEqualsTheDashboardsTotals() {
        String period = "&from=%s&to=%s&tz=%s".formatted(FIRST_DAY, LAST_DAY, ZONE);
        await().atMost(CONSUMER_PATIENCE.multipliedBy(2)).untilAsserted(() -> {
            JsonNode totals = dashboard(admin).at("/totals");
            JsonNode rows = report(admin, "measures=bookings,seats,cancellations,checkIns" + period).at("/rows");
            assertThat(rows.size()).isEqualTo(1);
            assertThat(rows.get(0).at("/bookings").asInt()).isEqualTo(totals.at("/registrations").asInt());
            assertThat(rows.get(0).at("/seats").asInt()).isEqualTo(totals.at("/seatsSold").asInt());
            assertThat(rows.get(0).at("/cancellations").asInt()).isEqualTo(totals.at("/cancellations").asInt());
            assertThat(rows.get(0).at("/checkIns").asInt()).isEqualTo(totals.at("/checkIns").asInt());
        });
    }

    @Test
    void organizersReportNeverShowsAnotherOrganizersEvents() {
        String period = "&from=%s&to=%s&tz=%s".formatted(FIRST_DAY, LAST_DAY, ZONE);
        await().atMost(CONSUMER_PATIENCE.multipliedBy(2)).untilAsserted(() -> {
            JsonNode own = report(organizerB, "dimensions=organizer&measures=bookings" + period).at("/rows");
            assertThat(own.size()).isEqualTo(1);
            assertThat(own.get(0).at("/organizer").asText()).isEqualTo(workload.organizerB.toString());
            assertThat(own.get(0).at("/bookings").asLong()).isEqualTo(
                    workload.bookedInPeriod(organizer -> organizer.equals(workload.organizerB)).count());
            // asking for another organizer's events finds none of them
            JsonNode others = report(organizerB, "measures=bookings&organizer=" + workload.organizerA + period);
            assertThat(others.at("/rows/0/bookings").asLong()).isZero();
        });
    }

    @Test
    void unknownDimensionOrMeasureAnswersBadRequestListingTheAllowedOnes() {
        reportBadRequest("dimensions=planet&measures=seats", "event, organizer, session, ticketType, day, week, month");
        reportBadRequest("dimensions=event&measures=profit", "bookings, seats, cancellations, cancelledSeats, revenue");
        reportBadRequest("dimensions=event", "at least one measure");
    }

    @Test
    void reportAsCsvHasAHeaderAndWritesFormulaLikeTitlesAsText() {
        // an organizer of its own: the workload's organizers' figures must stay as the workload left them
        TestUser organizer = TestUser.organizer();
        EventPublished plain = events.eventPublished(UUID.randomUUID(), organizer.id(), 1, 10);
        EventPublished hostile = new EventPublished(plain.eventId(), plain.organizerId(),
                "=HYPERLINK(\"http://evil\")", plain.venue(), plain.timeZone(), plain.sessions(), plain.ticketTypes(),
                plain.publishedAt());
        events.publish(hostile);
        // and a day outside the workload's period, whose platform figures must stay as the workload left them
        LocalDate later = LAST_DAY.plusDays(30);
        events.publish(events.bookingConfirmed(hostile, 0, 0, 2, UUID.randomUUID(),
                later.atStartOfDay(ZONE).toInstant().plusSeconds(3600)));
        String query = "dimensions=event&measures=seats&event=%s&from=%s&to=%s&tz=%s"
                .formatted(hostile.eventId(), later, later, ZONE);

        await().atMost(CONSUMER_PATIENCE).untilAsserted(() -> {
            String csv = http.get().uri("/api/v1/analytics/reports?" + query)
                    .header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                    .accept(MediaType.parseMediaType("text/csv"))
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(csv).isEqualTo("event,eventTitle,seats\r\n"
                    + hostile.eventId() + ",\"'=HYPERLINK(\"\"http://evil\"\")\",2\r\n");
        });
    }

    private static String key(Workload.Booking booking, LocalDate day) {
        return booking.event.id() + "|" + day + "|" + booking.event.price().currency();
    }

    private JsonNode report(TestUser viewer, String query) {
        String body = http.get().uri("/api/v1/analytics/reports?" + query)
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    private void reportBadRequest(String query, String detail) {
        http.get().uri("/api/v1/analytics/reports?" + query)
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(String.class, value -> assertThat(value).contains(detail));
    }

    @Test
    void attendeeIsForbiddenBeforeParametersAreRead() {
        http.get().uri("/api/v1/analytics/dashboard?tz=Not/AZone")
                .header(HttpHeaders.AUTHORIZATION, TestUser.attendee().bearer())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badPeriodAnswersBadRequestNamingTheParameter() {
        badRequest("from=2091-03-14&to=2091-03-01", "'from' must not be after 'to'");
        badRequest("tz=Not/AZone", "'tz'");
        badRequest("tz=%2B01:00", "'tz'");
        badRequest("from=yesterday", "'from'");
        badRequest("from=2089-01-01&to=2091-01-01", "366 days");
    }

    @Test
    void periodDefaultsToTheLastThirtyDaysInUtc() {
        JsonNode body = dashboard(admin, "");
        LocalDate to = LocalDate.parse(body.at("/period/to").asText());
        assertThat(LocalDate.parse(body.at("/period/from").asText())).isEqualTo(to.minusDays(29));
        assertThat(body.at("/daily").size()).isEqualTo(30);
    }

    private void awaitDashboardMatchingRecount(TestUser viewer, Predicate<UUID> organizers, boolean wholeScope) {
        await().atMost(CONSUMER_PATIENCE.multipliedBy(2)).untilAsserted(() -> {
            JsonNode body = dashboard(viewer);
            JsonNode totals = body.at("/totals");
            assertThat(totals.at("/registrations").asInt()).isEqualTo(workload.bookedInPeriod(organizers).count());
            assertThat(totals.at("/seatsSold").asInt()).isEqualTo(workload.seatsSold(organizers));
            assertThat(totals.at("/cancellations").asInt()).isEqualTo(workload.cancelledInPeriod(organizers).count());
            assertThat(totals.at("/cancelledSeats").asInt()).isEqualTo(workload.cancelledInPeriod(organizers)
                    .mapToInt(booking -> booking.line.quantity()).sum());
            assertThat(revenueOf(totals)).isEqualTo(workload.revenue(organizers));
            assertThat(totals.at("/checkIns").asLong()).isEqualTo(workload.checkInsInPeriod(organizers).count());
            JsonNode rates = body.at("/rates");
            int everSold = workload.seatsEverSold(organizers);
            assertThat(rates.at("/cancellationRate").decimalValue())
                    .isEqualByComparingTo(Percent.of(everSold - workload.seatsSold(organizers), everSold));
            List<Workload.Offer> offers = workload.offersInPeriod(organizers);
            assertThat(rates.at("/waitlistOffers").asInt()).isEqualTo(offers.size());
            assertThat(rates.at("/waitlistConversionPercent").decimalValue()).isEqualByComparingTo(
                    Percent.of(offers.stream().filter(Workload.Offer::taken).count(), offers.size()));
            assertDaily(body.at("/daily"), organizers);
            assertTopEvents(body.at("/topEvents"), organizers);
            if (wholeScope) {
                // not bound to the period: exact only where the scope holds nothing but the workload's events
                assertThat(rates.at("/occupancyPercent").decimalValue())
                        .isEqualByComparingTo(workload.occupancyPercent(organizers));
                assertThat(rates.at("/checkInRate").decimalValue())
                        .isEqualByComparingTo(workload.checkInRate(organizers));
                long cancelled = workload.events.stream().filter(event -> organizers.test(
                        event.published().organizerId()) && workload.cancelledEvents.contains(event.id())).count();
                long all = workload.events.stream()
                        .filter(event -> organizers.test(event.published().organizerId())).count();
                assertThat(totals.at("/eventsByStatus/CANCELLED").asLong()).isEqualTo(cancelled);
                assertThat(totals.at("/eventsByStatus/PUBLISHED").asLong()).isEqualTo(all - cancelled);
            }
        });
    }

    private void assertDaily(JsonNode daily, Predicate<UUID> organizers) {
        assertThat(daily.size()).isEqualTo(14);
        for (JsonNode day : daily) {
            LocalDate date = LocalDate.parse(day.at("/date").asText());
            assertThat(day.at("/bookings").asLong()).as("bookings on %s", date).isEqualTo(workload
                    .bookedInPeriod(organizers).filter(booking -> workload.dayOf(booking.bookedAt()).equals(date))
                    .count());
            assertThat(day.at("/seats").asInt()).as("seats on %s", date).isEqualTo(workload
                    .bookedInPeriod(organizers).filter(booking -> booking.stands()
                            && workload.dayOf(booking.bookedAt()).equals(date))
                    .mapToInt(booking -> booking.line.quantity()).sum());
            assertThat(day.at("/cancellations").asLong()).as("cancellations on %s", date).isEqualTo(workload
                    .cancelledInPeriod(organizers).filter(booking -> workload.dayOf(booking.cancelledAt).equals(date))
                    .count());
            assertThat(day.at("/checkIns").asLong()).as("check-ins on %s", date).isEqualTo(workload
                    .checkInsInPeriod(organizers).filter(checkIn -> workload.dayOf(checkIn.at()).equals(date))
                    .count());
        }
    }

    /** Same figures in the same order; ties may list their events in either order. */
    private void assertTopEvents(JsonNode top, Predicate<UUID> organizers) {
        List<UUID> expected = workload.topEvents(organizers, 5);
        assertThat(top.size()).isEqualTo(expected.size());
        List<Integer> shown = new ArrayList<>();
        for (JsonNode event : top) {
            UUID eventId = UUID.fromString(event.at("/eventId").asText());
            int seats = workload.bookedInPeriod(organizers).filter(booking -> booking.event.id().equals(eventId)
                    && booking.stands()).mapToInt(booking -> booking.line.quantity()).sum();
            assertThat(event.at("/seatsSold").asInt()).isEqualTo(seats);
            shown.add(seats);
        }
        assertThat(shown).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    private static Map<String, BigDecimal> revenueOf(JsonNode totals) {
        Map<String, BigDecimal> revenue = new TreeMap<>();
        totals.at("/revenue").properties().forEach(entry ->
                revenue.put(entry.getKey(), new BigDecimal(entry.getValue().asText())));
        Map<String, BigDecimal> normalised = new TreeMap<>();
        revenue.forEach((currency, amount) -> normalised.put(currency, amount.stripTrailingZeros()));
        return normalised;
    }

    private JsonNode dashboard(TestUser viewer) {
        return dashboard(viewer, "from=%s&to=%s&tz=%s".formatted(FIRST_DAY, LAST_DAY, ZONE));
    }

    private JsonNode dashboard(TestUser viewer, String query) {
        String body = http.get().uri("/api/v1/analytics/dashboard?" + query)
                .header(HttpHeaders.AUTHORIZATION, viewer.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    private void badRequest(String query, String detail) {
        RestTestClient.BodyContentSpec body = http.get().uri("/api/v1/analytics/dashboard?" + query)
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        body.jsonPath("$.detail").value(String.class, value -> assertThat(value).contains(detail));
    }
}
