package com.evently.ticketing.event;

import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.testsupport.fuzz.BodyField;
import com.evently.ticketing.testsupport.fuzz.InvalidBodies;
import com.evently.ticketing.testsupport.fuzz.InvalidBody;
import com.evently.ticketing.testsupport.fuzz.RejectedInput;
import com.evently.ticketing.testsupport.fuzz.SpringTestContextHook;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random invalid bodies for every public request body of event-service: each is refused with 400 (415 for a wrong
 * content type) problem+json, and no table of the catalog schema changes. The bodies go to real events of the
 * caller's, with the right If-Match, so that only the body is wrong.
 */
@AddLifecycleHook(SpringTestContextHook.class)
class EventInputFuzzTest extends EventServiceIntegrationTest {

    private static final long MAX_BODY = DataSize.ofKilobytes(512).toBytes();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String EVENT = """
            {"title":"Fuzzed conference","description":"Talks","venue":"Hall A","timeZone":"Europe/Lisbon",
             "sessions":[{"name":"Day 1","startsAt":"2027-03-01T09:00:00+00:00","endsAt":"2027-03-01T17:00:00+00:00"}],
             "ticketTypes":[{"name":"Standard","price":{"amount":"25.00","currency":"EUR"},"capacity":100,
                             "maxSeatsPerUser":4}],
             "reminderLeads":["PT24H","PT2H"],"cancellationCutoff":"PT2H","waitlistOfferLifetime":"PT30M"}""";
    private static final String SESSION = """
            {"name":"Day 2","startsAt":"2027-03-02T09:00:00+00:00","endsAt":"2027-03-02T17:00:00+00:00"}""";
    private static final String TICKET_TYPE = """
            {"name":"Student","price":{"amount":"10.00","currency":"EUR"},"capacity":50,"maxSeatsPerUser":2}""";

    @Autowired
    DataSource database;

    private final TestUser organizer = TestUser.organizer();
    private UUID draft;
    private UUID published;

    @Property(tries = 100)
    void creatingAnEventRefusesInvalidInput(@ForAll("events") InvalidBody body) {
        refused(() -> http.post().uri(EventApi.EVENTS), body);
    }

    @Property(tries = 80)
    void revisingAnEventRefusesInvalidInput(@ForAll("events") InvalidBody body) {
        UUID event = draft();
        refused(() -> http.put().uri(EventApi.EVENTS + "/{id}", event).header(HttpHeaders.IF_MATCH, etagOf(event)), body);
    }

    @Property(tries = 50)
    void cloningAnEventRefusesInvalidInput(@ForAll("clones") InvalidBody body) {
        refused(() -> http.post().uri(EventApi.EVENTS + "/{id}/clone", draft()), body);
    }

    @Property(tries = 60)
    void addingASessionRefusesInvalidInput(@ForAll("sessions") InvalidBody body) {
        UUID event = published();
        refused(() -> http.post().uri(EventApi.EVENTS + "/{id}/sessions", event).header(HttpHeaders.IF_MATCH, etagOf(event)),
                body);
    }

    @Property(tries = 60)
    void addingATicketTypeRefusesInvalidInput(@ForAll("ticketTypes") InvalidBody body) {
        UUID event = published();
        refused(() -> http.post().uri(EventApi.EVENTS + "/{id}/ticket-types", event)
                .header(HttpHeaders.IF_MATCH, etagOf(event)), body);
    }

    @Property(tries = 50)
    void changingCapacityRefusesInvalidInput(@ForAll("capacities") InvalidBody body) {
        UUID event = published();
        refused(() -> http.patch().uri(EventApi.EVENTS + "/{id}/ticket-types/{ticketTypeId}", event, firstTicketTypeOf(event))
                .header(HttpHeaders.IF_MATCH, etagOf(event)), body);
    }

    @Property(tries = 50)
    void cancellingAnEventRefusesInvalidInput(@ForAll("cancellations") InvalidBody body) {
        refused(() -> http.post().uri(EventApi.EVENTS + "/{id}/cancel", published()), body);
    }

    @Provide
    Arbitrary<InvalidBody> events() {
        return InvalidBodies.of(EVENT).maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredText("/title", 200),
                        BodyField.optionalText("/description", 10_000),
                        BodyField.optionalText("/venue", 300),
                        BodyField.of("/timeZone", true, Arbitraries.oneOf(BodyField.unknownNames(),
                                Arbitraries.of(NODES.stringNode("+01:00"), NODES.stringNode("europe/lisbon")))),
                        BodyField.list("/sessions", true, false, BodyField.nullOrContainer()),
                        BodyField.list("/ticketTypes", true, false, BodyField.nullOrContainer()),
                        BodyField.list("/reminderLeads", false, true, Arbitraries.oneOf(BodyField.nullOrContainer(),
                                BodyField.unknownNames(), notALead())),
                        // too many, or the same lead twice
                        BodyField.of("/reminderLeads", false, Arbitraries.of(
                                NODES.arrayNode().add("PT24H").add("PT12H").add("PT2H").add("PT1H"),
                                NODES.arrayNode().add("PT2H").add("PT120M"))),
                        BodyField.of("/cancellationCutoff", false, notA("-PT1M", "PT30S", "P90DT1M", "P1W", "2h")),
                        BodyField.of("/waitlistOfferLifetime", false, notA("PT0S", "PT4M", "P7DT1S", "-PT30M", "")))
                .with(sessionFields("/sessions/0"))
                .with(ticketTypeFields("/ticketTypes/0"))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> clones() {
        return InvalidBodies.of("""
                        {"shiftBy":"P7D","title":"Fuzzed copy"}""").maxBodyBytes(MAX_BODY)
                .with(BodyField.of("/shiftBy", false, Arbitraries.oneOf(BodyField.unknownNames(),
                                Arbitraries.of(NODES.stringNode("P"), NODES.stringNode("7 days"),
                                        NODES.stringNode("P" + "1".repeat(30) + "D")))),
                        BodyField.optionalText("/title", 200),
                        BodyField.optionalTimestamp("/startsAt"))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> sessions() {
        return InvalidBodies.of(SESSION).maxBodyBytes(MAX_BODY).with(sessionFields("")).arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> ticketTypes() {
        return InvalidBodies.of(TICKET_TYPE).maxBodyBytes(MAX_BODY).with(ticketTypeFields("")).arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> capacities() {
        return InvalidBodies.of("""
                        {"capacity":120}""").maxBodyBytes(MAX_BODY)
                .with(BodyField.requiredInteger("/capacity", 1, Integer.MAX_VALUE))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> cancellations() {
        return InvalidBodies.of("""
                        {"reason":"The venue flooded"}""").maxBodyBytes(MAX_BODY)
                .bodyIsOptional()
                .with(BodyField.optionalText("/reason", 1000))
                .arbitrary();
    }

    /** Not an ISO-8601 duration from 15 minutes to 14 days. */
    /** The given texts, which are no such duration, or a container, which is no text at all. */
    private static Arbitrary<JsonNode> notA(String... durations) {
        return Arbitraries.oneOf(Arbitraries.of(durations).map(NODES::stringNode),
                Arbitraries.of(NODES.objectNode(), NODES.arrayNode().add("PT2H")));
    }

    private static Arbitrary<JsonNode> notALead() {
        return Arbitraries.of("PT14M", "P15D", "P14DT1S", "-PT2H", "PT0S", "P1W", "24h", "", "PT")
                .map(NODES::stringNode);
    }

    private static BodyField[] sessionFields(String at) {
        return new BodyField[]{
                BodyField.optionalUuid(at + "/id"),
                BodyField.requiredText(at + "/name", 200),
                BodyField.requiredTimestamp(at + "/startsAt"),
                BodyField.requiredTimestamp(at + "/endsAt"),
                // ends before (or when) it starts
                BodyField.of(at + "/endsAt", true, Arbitraries.of(
                        NODES.stringNode("2027-03-01T08:59:59+00:00"), NODES.stringNode("2027-03-01T09:00:00+00:00"),
                        NODES.stringNode("2020-01-01T00:00:00Z")))};
    }

    private static BodyField[] ticketTypeFields(String at) {
        Arbitrary<JsonNode> notAnAmount = Arbitraries.of("-1", "1.234", "12345678901", "abc", "", "1e3", "1,50", " 1")
                .map(NODES::stringNode);
        return new BodyField[]{
                BodyField.optionalUuid(at + "/id"),
                BodyField.requiredText(at + "/name", 200),
                BodyField.requiredObject(at + "/price"),
                BodyField.of(at + "/price/amount", true, notAnAmount),
                BodyField.of(at + "/price/currency", true, Arbitraries.oneOf(BodyField.unknownNames(),
                        Arbitraries.of(NODES.stringNode("eur"), NODES.stringNode("EURO"), NODES.stringNode("")))),
                BodyField.requiredInteger(at + "/capacity", 1, Integer.MAX_VALUE),
                BodyField.optionalInteger(at + "/maxSeatsPerUser", 1, 1000)};
    }

    private void refused(Supplier<RestTestClient.RequestBodySpec> request, InvalidBody body) {
        RejectedInput.storingNothingIn(database)
                .assertRejected(() -> request.get().header(HttpHeaders.AUTHORIZATION, organizer.bearer()), body);
    }

    private UUID draft() {
        if (draft == null) {
            draft = new EventApi(http).createDraft(organizer, EventRequests.javaDay("Fuzzed draft"));
        }
        return draft;
    }

    private UUID published() {
        if (published == null) {
            published = new EventApi(http).createPublished(organizer, EventRequests.javaDay("Fuzzed published"));
        }
        return published;
    }

    private String etagOf(UUID event) {
        return new EventApi(http).etagOf(organizer, event);
    }

    @SuppressWarnings("unchecked")
    private UUID firstTicketTypeOf(UUID event) {
        Map<String, Object> read = new EventApi(http).read(organizer, event);
        return UUID.fromString((String) ((List<Map<String, Object>>) read.get("ticketTypes")).getFirst().get("id"));
    }
}
