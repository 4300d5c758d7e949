package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.ticket.adapter.in.web.TicketProblem;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.evently.ticketing.testsupport.ContractAssertions.assertMatchesSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Scans at the door over HTTP, against the real database: the answers, their races and the offline sync. */
@ServiceIntegrationTest
class CheckInTest extends TicketServiceFixture {

    private final TestUser organizer = TestUser.organizer();
    private CheckInClient door;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void setUpDoor() {
        door = new CheckInClient(http, json);
    }

    @Test
    void twentyParallelScansOfOneTicketAdmitItExactlyOnce() throws Exception {
        Issued issued = issueNow(1);
        TicketView ticket = issued.tickets().getFirst();
        double admittedBefore = meters.get("ticketing.check.in.scans").tag("result", "ADMITTED").counter().count();
        double alreadyBefore = meters.get("ticketing.check.in.scans").tag("result", "ALREADY_CHECKED_IN").counter()
                .count();

        List<CheckInClient.Answer> answers = inParallel(20, index ->
                door.scan(ticket.qrPayload(), "Gate " + index, UUID.randomUUID(), organizer));

        assertThat(answers).filteredOn(answer -> answer.result().equals("ADMITTED")).hasSize(1);
        CheckInClient.Answer admitted = answers.stream().filter(answer -> answer.result().equals("ADMITTED"))
                .findFirst().orElseThrow();
        assertThat(answers).filteredOn(answer -> answer.result().equals("ALREADY_CHECKED_IN")).hasSize(19)
                .allSatisfy(answer -> {
                    assertThat(answer.checkedInAt()).isEqualTo(admitted.checkedInAt());
                    assertThat(answer.gate()).isEqualTo(admitted.gate());
                });
        assertThat(admissionsOf(ticket.id())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(meters.get("ticketing.check.in.scans").tag("result", "ADMITTED").counter().count())
                    .isGreaterThanOrEqualTo(admittedBefore + 1);
            assertThat(meters.get("ticketing.check.in.scans").tag("result", "ALREADY_CHECKED_IN").counter().count())
                    .isGreaterThanOrEqualTo(alreadyBefore + 19);
        });
        List<String> announced = checkedInOutbox(issued.confirmed().bookingId());
        assertThat(announced).hasSize(1);
        assertMatchesSchema(EventTypes.TICKET_CHECKED_IN, announced.getFirst());
    }

    @Test
    void sameScanSentTenTimesAtOnceIsAnsweredOnce() throws Exception {
        TicketView ticket = issueNow(1).tickets().getFirst();
        UUID scanId = UUID.randomUUID();

        List<CheckInClient.Answer> answers = inParallel(10, index ->
                door.scan(ticket.qrPayload(), "North door", scanId, organizer));

        assertThat(answers).extracting(CheckInClient.Answer::result).containsOnly("ADMITTED");
        assertThat(answers).extracting(CheckInClient.Answer::checkedInAt).containsOnly(answers.getFirst().checkedInAt());
        assertThat(admissionsOf(ticket.id())).isEqualTo(1);
    }

    @Test
    void cancelledBookingsTicketIsVoidAtTheDoor() {
        Issued issued = issueNow(2);
        awaitConsumed(notices.publish(BookingNotices.cancelled(issued.confirmed(), BookingCancelled.Cause.BUYER, null)));

        assertThat(issued.tickets()).allSatisfy(ticket ->
                assertThat(door.scan(ticket.qrPayload(), organizer).result()).isEqualTo("VOID"));
    }

    @Test
    void changedBookingsReleasedSeatIsVoidAndItsAddedSeatAdmits() {
        Issued issued = issueNow(1);
        BookingConfirmed confirmed = issued.confirmed();
        UUID added = UUID.randomUUID();
        awaitConsumed(notices.publish(BookingNotices.changed(confirmed, 1, confirmed.seatIds(), List.of(added))));
        TicketView addedTicket = tickets.ofBooking(confirmed.bookingId(), buyer).stream()
                .filter(ticket -> ticket.seatId().equals(added)).findFirst().orElseThrow();

        assertThat(door.scan(issued.tickets().getFirst().qrPayload(), organizer).result()).isEqualTo("VOID");
        assertThat(door.scan(addedTicket.qrPayload(), organizer).result()).isEqualTo("ADMITTED");
    }

    @Test
    void forgedAlteredAndForeignKeyPassesAreInvalid() throws Exception {
        TicketView ticket = issueNow(1).tickets().getFirst();
        JWSObject genuine = JWSObject.parse(ticket.qrPayload());
        String[] parts = ticket.qrPayload().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String altered = parts[0] + "." + Base64URL.encode(claims.replace("\"h\":\"", "\"h\":\"X")) + "." + parts[2];
        ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID(genuine.getHeader().getKeyID()).generate();
        JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(genuine.getHeader().getKeyID()).build(), new Payload(genuine.getPayload().toJSONObject()));
        forged.sign(new ECDSASigner(foreign));
        JWSObject unknownKey = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("not-ours").build(),
                new Payload(genuine.getPayload().toJSONObject()));
        unknownKey.sign(new ECDSASigner(foreign));

        for (String payload : List.of(altered, forged.serialize(), unknownKey.serialize(), "TKT1:" + ticket.id() + ":X",
                "not a pass")) {
            CheckInClient.Answer answer = door.scan(payload, organizer);
            assertThat(answer.result()).as(payload).isEqualTo("INVALID");
            assertThat(answer.ticketId()).isNull();
        }
        assertThat(door.scan(ticket.qrPayload(), organizer).result()).isEqualTo("ADMITTED");
    }

    @Test
    void passOutsideItsWindowIsNotYetValidOrExpired() {
        Issued future = issue(1); // 1 March 2027
        Issued past = issueStartingAt(1, Instant.now().minus(Duration.ofDays(3)));
        awaitConsumed(door.eventPublished(future.confirmed().eventId(), organizer));
        awaitConsumed(door.eventPublished(past.confirmed().eventId(), organizer));

        assertThat(door.scan(future.tickets().getFirst().qrPayload(), organizer).result()).isEqualTo("NOT_YET_VALID");
        assertThat(door.scan(past.tickets().getFirst().qrPayload(), organizer).result()).isEqualTo("EXPIRED");
    }

    @Test
    void anotherOrganizersTicketIsWrongEventAndAnAttendeeMayNotScan() {
        TicketView ticket = issueNow(1).tickets().getFirst();

        assertThat(door.scan(ticket.qrPayload(), TestUser.organizer()).result()).isEqualTo("WRONG_EVENT");
        door.post("/api/v1/check-ins", Map.of("qrPayload", ticket.qrPayload(), "scanId", UUID.randomUUID()), buyer)
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(admissionsOf(ticket.id())).isZero();
    }

    @Test
    void scanWithoutScanIdIsABadRequest() {
        door.post("/api/v1/check-ins", Map.of("qrPayload", "x"), organizer)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void offlineBatchAdmitsTheFirstScanByTimeAndListsConflicts() {
        Issued issued = issueStartingAt(2, Instant.now().minus(Duration.ofHours(1)));
        TicketView first = issued.tickets().get(0);
        TicketView second = issued.tickets().get(1);
        Instant now = Instant.now();
        UUID earliest = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        awaitConsumed(door.eventPublished(issued.confirmed().eventId(), organizer));

        CheckInClient.Batch batch = door.post("/api/v1/check-ins/batch", Map.of("scans", List.of(
                        offlineScan(first, later, "South door", now.minus(Duration.ofMinutes(10))),
                        offlineScan(first, earliest, "North door", now.minus(Duration.ofMinutes(30))),
                        offlineScan(second, other, "North door", now.minus(Duration.ofMinutes(20))))), organizer)
                .expectStatus().isOk()
                .expectBody(CheckInClient.Batch.class).returnResult().getResponseBody();

        assertThat(batch.results()).extracting(CheckInClient.Answer::scanId).containsExactly(earliest, other, later);
        assertThat(batch.results()).extracting(CheckInClient.Answer::result)
                .containsExactly("ADMITTED", "ADMITTED", "ALREADY_CHECKED_IN");
        assertThat(batch.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.scanId()).isEqualTo(later);
            assertThat(conflict.ticketId()).isEqualTo(first.id());
            assertThat(conflict.admittingScanId()).isEqualTo(earliest);
            assertThat(conflict.admittingGate()).isEqualTo("North door");
        });
        assertThat(door.scan(first.qrPayload(), organizer).gate()).isEqualTo("North door");
    }

    @Test
    void revocationListNamesTheEventsVoidTicketsFromAGivenTimeOn() {
        Issued issued = issueNow(2);
        UUID eventId = issued.confirmed().eventId();
        String uri = "/api/v1/events/" + eventId + "/check-in/revocations";
        Revocations before = revocations(uri, organizer);
        assertThat(before.items()).isEmpty();

        awaitConsumed(notices.publish(BookingNotices.cancelled(issued.confirmed(), BookingCancelled.Cause.BUYER, null)));

        Revocations all = revocations(uri, organizer);
        assertThat(all.items()).extracting(Revocation::ticketId)
                .containsExactlyInAnyOrderElementsOf(issued.tickets().stream().map(TicketView::id).toList());
        assertThat(all.items()).extracting(Revocation::status).containsOnly("VOID");
        Instant afterCancellation = all.items().getLast().since();
        assertThat(revocations(uri + "?since=" + afterCancellation, organizer).items()).isEmpty();
        tickets.get(uri, TestUser.organizer()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(TicketProblem.CHECK_IN_NOT_PERMITTED.type().toString());
        tickets.get(uri, buyer).expectStatus().isForbidden();
    }

    @Test
    void countsPerSessionAndGateFollowAdmissionsAndTheirUndoing() {
        Issued issued = issueNow(3);
        List<TicketView> three = issued.tickets();
        door.scan(three.get(0).qrPayload(), "North door", UUID.randomUUID(), organizer);
        door.scan(three.get(1).qrPayload(), "North door", UUID.randomUUID(), organizer);
        door.scan(three.get(2).qrPayload(), "South door", UUID.randomUUID(), organizer);
        String uri = "/api/v1/events/" + issued.confirmed().eventId() + "/check-in/counts";

        assertThat(counts(uri).total()).isEqualTo(3);
        assertThat(counts(uri).items()).containsExactlyInAnyOrder(
                new Count(issued.confirmed().sessionId(), "North door", 2),
                new Count(issued.confirmed().sessionId(), "South door", 1));

        http.delete().uri("/api/v1/check-ins/" + three.get(0).id())
                .header("Authorization", organizer.bearer()).exchange().expectStatus().isNoContent();

        assertThat(counts(uri).total()).isEqualTo(2);
        List<String> undone = outboxOf(issued.confirmed().bookingId(), EventTypes.TICKET_CHECK_IN_UNDONE);
        assertThat(undone).singleElement().satisfies(payload -> {
            assertMatchesSchema(EventTypes.TICKET_CHECK_IN_UNDONE, payload);
            assertThat(payload).contains(three.get(0).id().toString(), organizer.id().toString());
        });
        assertThat(door.scan(three.get(0).qrPayload(), organizer).result()).isEqualTo("ADMITTED");
    }

    /** Tickets for a session that started an hour ago, of an event the test's organizer runs. */
    private Issued issueNow(int seats) {
        Issued issued = issueStartingAt(seats, Instant.now().minus(Duration.ofHours(1)));
        awaitConsumed(door.eventPublished(issued.confirmed().eventId(), organizer));
        return issued;
    }

    private static Map<String, Object> offlineScan(TicketView ticket, UUID scanId, String gate, Instant at) {
        return Map.of("qrPayload", ticket.qrPayload(), "scanId", scanId, "gate", gate, "scannedAt", at.toString());
    }

    private <T> List<T> inParallel(int count, IndexedCall<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = new ArrayList<>();
            IntStream.range(0, count).forEach(index -> futures.add(threads.submit((Callable<T>) () -> {
                start.await();
                return call.call(index);
            })));
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private Revocations revocations(String uri, TestUser caller) {
        return tickets.get(uri, caller).expectStatus().isOk().expectBody(Revocations.class).returnResult()
                .getResponseBody();
    }

    private Counts counts(String uri) {
        return tickets.get(uri, organizer).expectStatus().isOk().expectBody(Counts.class).returnResult().getResponseBody();
    }

    private int admissionsOf(UUID ticketId) {
        return jdbc.sql("SELECT count(*) FROM check_in WHERE ticket_id = :ticketId AND undone_at IS NULL")
                .param("ticketId", ticketId).query(Integer.class).single();
    }

    private List<String> checkedInOutbox(UUID bookingId) {
        return outboxOf(bookingId, EventTypes.TICKET_CHECKED_IN);
    }

    private List<String> outboxOf(UUID bookingId, String eventType) {
        return jdbc.sql("SELECT payload::text FROM outbox WHERE event_type = :type AND aggregate_id = :bookingId")
                .param("type", eventType)
                .param("bookingId", bookingId.toString())
                .query(String.class).list();
    }

    @FunctionalInterface
    private interface IndexedCall<T> {
        T call(int index) throws Exception;
    }

    record Revocation(UUID ticketId, String status, Instant since) {
    }

    record Revocations(List<Revocation> items, Instant next) {
    }

    record Count(UUID sessionId, String gate, long admitted) {
    }

    record Counts(List<Count> items, long total) {
    }
}
