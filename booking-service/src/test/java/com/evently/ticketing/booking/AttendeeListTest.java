package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.OrganizerApi.Attendee;
import com.evently.ticketing.booking.OrganizerApi.Attendees;
import com.evently.ticketing.booking.adapter.in.web.BookingProblem;
import com.evently.ticketing.booking.application.MarkSeatCheckedInCommand;
import com.evently.ticketing.booking.application.MarkingSeatCheckedIn;
import com.evently.ticketing.booking.application.UpdateSeatHolderCommand;
import com.evently.ticketing.booking.application.UpdatingSeatHolder;
import com.evently.ticketing.booking.domain.SeatHolder;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.booking.domain.SeatTransfer;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static com.evently.ticketing.booking.OrganizerApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The attendee list: one row per seat, for the event's organizer and admins, as JSON or CSV. */
class AttendeeListTest extends BookingServiceIntegrationTest {

    @Autowired
    UpdatingSeatHolder updatingSeatHolder;
    @Autowired
    MarkingSeatCheckedIn markingSeatCheckedIn;

    OrganizerApi organizerApi;
    TestUser organizer = TestUser.organizer();
    TestUser ana = buyerNamed("Ana Díaz", "ana.diaz");
    TestUser mallory = buyerNamed("=HYPERLINK(\"http://evil.example\",\"click\")", "mallory");
    TestUser bob = buyerNamed("Smith, \"Bob\"", "bob.smith");
    EventPublished event;
    Booking anas;
    Booking mallorys;
    Booking bobs;

    static TestUser buyerNamed(String name, String mailbox) {
        UUID id = UUID.randomUUID();
        return new TestUser(id, mailbox + "-" + id.toString().substring(0, 8) + "@example.com", name, List.of("USER"));
    }

    @BeforeEach
    void sellSeatsOfTwoSessionsAndTwoTicketTypes() {
        organizerApi = new OrganizerApi(http);
        event = OrganizerApi.organizedBy(organizer, CatalogEvents.eventOnSale(2, 2, 10));
        api.putOnSale(event);
        anas = api.placeConfirmed(ana, bookingOf(event, 0, 0, 2));
        mallorys = api.placeConfirmed(mallory, bookingOf(event, 1, 1, 1));
        bobs = api.placeConfirmed(bob, bookingOf(event, 0, 1, 1));
    }

    @Test
    void organizerSeesOneRowPerSeatWithItsHolder() {
        Attendees list = organizerApi.attendeesOk(organizer, event.eventId());

        assertThat(list.page().totalElements()).isEqualTo(4);
        assertThat(list.items()).extracting(Attendee::seatId).containsExactlyElementsOf(
                Stream.of(anas, mallorys, bobs).flatMap(booking -> booking.seatIds().stream()).toList());
        assertThat(list.items().getFirst()).isEqualTo(new Attendee(anas.seatIds().getFirst(), anas.id(), "Ana Díaz",
                ana.email(), CatalogEvents.firstSession(event), "Day 1", CatalogEvents.firstTicketType(event), "Standard",
                "CONFIRMED", null));
        assertThat(list.items().get(2)).satisfies(row -> {
            assertThat(row.holderName()).as("JSON is not a spreadsheet: no prefix").startsWith("=HYPERLINK");
            assertThat(row.sessionName()).isEqualTo("Day 2");
            assertThat(row.ticketTypeName()).isEqualTo("Type 1");
        });
    }

    @Test
    void searchMatchesPartOfTheNameOrEmailInAnyLetterCase() {
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "q", "aNA D").items())
                .extracting(Attendee::bookingId).containsOnly(anas.id()).hasSize(2);
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "q", "BOB.SMITH-").items())
                .extracting(Attendee::bookingId).containsExactly(bobs.id());
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "q", "%").items())
                .as("%% is a character to look for, not a wildcard").isEmpty();
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "q", "nobody").page().totalElements()).isZero();
    }

    @Test
    void filtersBySessionTicketTypeStatusAndCheckIn() {
        UUID secondSession = event.sessions().get(1).sessionId();
        UUID secondType = event.ticketTypes().get(1).ticketTypeId();
        markingSeatCheckedIn.mark(new MarkSeatCheckedInCommand(new SeatId(anas.seatIds().get(1)), Instant.now()));

        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "sessionId", secondSession.toString()).items())
                .extracting(Attendee::bookingId).containsExactly(mallorys.id());
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "ticketTypeId", secondType.toString()).items())
                .extracting(Attendee::bookingId).containsExactly(mallorys.id(), bobs.id());
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "status", "CONFIRMED").items()).hasSize(4);
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "checkedIn", "true").items())
                .singleElement().satisfies(row -> {
                    assertThat(row.seatId()).isEqualTo(anas.seatIds().get(1));
                    assertThat(row.checkedInAt()).isNotNull();
                });
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "checkedIn", "false", "q", "ana").items())
                .extracting(Attendee::seatId).containsExactly(anas.seatIds().getFirst());
    }

    @Test
    void pagesSplitTheListWithoutGapsOrRepeats() {
        Attendees first = organizerApi.attendeesOk(organizer, event.eventId(), "size", "3", "page", "0");
        Attendees second = organizerApi.attendeesOk(organizer, event.eventId(), "size", "3", "page", "1");

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(1);
        assertThat(first.page()).isEqualTo(new OrganizerApi.Page(0, 3, 4, 2));
        assertThat(Stream.concat(first.items().stream(), second.items().stream()).map(Attendee::seatId).distinct())
                .hasSize(4);
    }

    @Test
    void jsonIsTheAnswerWhenTheClientStatesNoPreference() {
        http.get().uri("/api/v1/events/{id}/attendees", event.eventId())
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(4);
        http.get().uri("/api/v1/events/{id}/attendees", event.eventId())
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer())
                .header(HttpHeaders.ACCEPT, "*/*")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void csvHasAHeaderAndOneRecordPerSeatAndDefusesFormulas() throws IOException {
        String csv = organizerApi.attendeesCsv(organizer, event.eventId())
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION, disposition ->
                        assertThat(disposition).startsWith("attachment").contains(".csv"))
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(csv).startsWith("seatId,bookingId,holderName,holderEmail,sessionId,sessionName,ticketTypeId,"
                + "ticketTypeName,bookingStatus,checkedInAt\r\n");
        assertThat(csv).as("quotes inside a quoted value are doubled").contains("\"Smith, \"\"Bob\"\"\"");
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(4);
        assertThat(records.getFirst().get("holderName")).isEqualTo("Ana Díaz");
        assertThat(records.getFirst().get("holderEmail")).isEqualTo(ana.email());
        assertThat(records.getFirst().get("seatId")).isEqualTo(anas.seatIds().getFirst().toString());
        assertThat(records.get(2).get("holderName"))
                .as("a spreadsheet shows it as text instead of running it")
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(records.get(3).get("holderName")).isEqualTo("Smith, \"Bob\"");
    }

    @Test
    void csvDefusesEveryCharacterThatStartsAFormula() {
        Stream.of("=1+1", "+1", "-1", "@SUM(A1)", "\tTab", "\rReturn").forEach(name -> {
            TestUser buyer = buyerNamed(name, "formula");
            Booking booking = api.placeConfirmed(buyer, bookingOf(event, 1, 0, 1));
            String csv = organizerApi.attendeesCsv(organizer, event.eventId(),
                            "sessionId", event.sessions().get(1).sessionId().toString(),
                            "ticketTypeId", event.ticketTypes().getFirst().ticketTypeId().toString())
                    .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
            assertThat(parse(csv)).filteredOn(record -> record.get("bookingId").equals(booking.id().toString()))
                    .singleElement().satisfies(record -> assertThat(record.get("holderName")).isEqualTo("'" + name));
        });
    }

    @Test
    void transferredSeatShowsItsNewHolder() {
        SeatId transferred = new SeatId(anas.seatIds().get(1));

        updatingSeatHolder.update(new UpdateSeatHolderCommand(new SeatTransfer(transferred, UUID.randomUUID(),
                UUID.randomUUID(), new SeatHolder("Carla Gomes", "carla@example.com"), Instant.now())));

        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "q", "carla").items())
                .singleElement().satisfies(row -> {
                    assertThat(row.seatId()).isEqualTo(transferred.value());
                    assertThat(row.holderName()).isEqualTo("Carla Gomes");
                    assertThat(row.holderEmail()).isEqualTo("carla@example.com");
                    assertThat(row.bookingId()).isEqualTo(anas.id());
                });
        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "q", "ana d").items())
                .extracting(Attendee::seatId).containsExactly(anas.seatIds().getFirst());
    }

    @Test
    void theEarliestAdmissionStaysWhateverOrderCheckInsArriveIn() {
        SeatId seat = new SeatId(bobs.seatIds().getFirst());
        Instant first = Instant.parse("2027-03-01T09:00:00Z");

        markingSeatCheckedIn.mark(new MarkSeatCheckedInCommand(seat, first.plusSeconds(60)));
        markingSeatCheckedIn.mark(new MarkSeatCheckedInCommand(seat, first));
        markingSeatCheckedIn.mark(new MarkSeatCheckedInCommand(seat, first.plusSeconds(30)));

        assertThat(organizerApi.attendeesOk(organizer, event.eventId(), "checkedIn", "true").items())
                .singleElement().satisfies(row -> {
                    assertThat(row.seatId()).isEqualTo(seat.value());
                    assertThat(row.checkedInAt()).isEqualTo(first);
                });
    }

    @Test
    void adminSeesAnyEventsAttendees() {
        assertThat(organizerApi.attendeesOk(TestUser.admin(), event.eventId()).items()).hasSize(4);
    }

    @Test
    void anotherOrganizerIsForbidden() {
        organizerApi.attendees(TestUser.organizer(), event.eventId())
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));
        organizerApi.attendeesCsv(TestUser.organizer(), event.eventId()).expectStatus().isForbidden();
    }

    /** Authorization comes before validation: an attendee is refused, not told what is wrong with the query. */
    @Test
    void attendeeIsForbiddenBeforeTheQueryIsRead() {
        organizerApi.attendees(ana, event.eventId(), "size", "lots")
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(PlatformProblem.FORBIDDEN));
    }

    @Test
    void unknownEventIsNotFound() {
        organizerApi.attendees(TestUser.admin(), UUID.randomUUID())
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo(typeOf(BookingProblem.EVENT_NOT_FOUND));
    }

    @Test
    void badQueryParametersAreRefusedNamingTheParameter() {
        Stream.of(List.of("size", "0"), List.of("size", "1001"), List.of("size", "lots"), List.of("page", "-1"),
                        List.of("status", "MAYBE"), List.of("checkedIn", "yes"), List.of("sessionId", "not-a-uuid"),
                        List.of("q", "x".repeat(101)))
                .forEach(query -> organizerApi.attendees(organizer, event.eventId(), query.getFirst(), query.getLast())
                        .expectStatus().isBadRequest()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.detail").value(String.class, detail ->
                                assertThat(detail).as(query.toString()).contains("'" + query.getFirst() + "'")));
    }

    @Test
    void attendeeListNeedsAToken() {
        http.get().uri("/api/v1/events/{id}/attendees", event.eventId()).exchange().expectStatus().isUnauthorized();
    }

    private static List<CSVRecord> parse(String csv) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
