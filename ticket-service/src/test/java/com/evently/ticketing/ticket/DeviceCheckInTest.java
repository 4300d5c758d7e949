package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A check-in device the organizer issues: it scans its event's tickets and reads its revocations, nothing else. */
@ServiceIntegrationTest
class DeviceCheckInTest extends TicketServiceFixture {

    private static final String DEVICE_HEADER = "X-Check-In-Device";

    private final TestUser organizer = TestUser.organizer();
    private CheckInClient door;

    @BeforeEach
    void setUpDoor() {
        door = new CheckInClient(http, json);
    }

    @Test
    void deviceAdmitsItsEventsTicketsAndNoOtherEvents() {
        Issued ours = issueNow(1, organizer);
        Issued theirs = issueNow(1, TestUser.organizer());
        String device = createDevice(ours.confirmed().eventId(), organizer);

        assertThat(deviceScan(device, theirs.tickets().getFirst().qrPayload()).expectStatus().isOk()
                .expectBody(CheckInClient.Answer.class).returnResult().getResponseBody().result()).isEqualTo("WRONG_EVENT");
        assertThat(deviceScan(device, ours.tickets().getFirst().qrPayload()).expectStatus().isOk()
                .expectBody(CheckInClient.Answer.class).returnResult().getResponseBody().result()).isEqualTo("ADMITTED");
        String announced = jdbc.sql("SELECT payload::text FROM outbox WHERE event_type = :type AND aggregate_id = :id")
                .param("type", EventTypes.TICKET_CHECKED_IN)
                .param("id", ours.confirmed().bookingId().toString())
                .query(String.class).single();
        assertThat(json.readTree(announced).get("deviceId").asString()).isNotBlank();
    }

    @Test
    void deviceReadsItsEventsRevocations() {
        Issued issued = issueNow(1, organizer);
        String device = createDevice(issued.confirmed().eventId(), organizer);
        awaitConsumed(notices.publish(BookingNotices.cancelled(issued.confirmed(), BookingCancelled.Cause.BUYER, null)));

        http.get().uri("/api/v1/check-in/device/revocations").header(DEVICE_HEADER, device).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].ticketId").isEqualTo(issued.tickets().getFirst().id().toString())
                .jsonPath("$.items[0].status").isEqualTo("VOID");
    }

    @Test
    void deviceSecretOpensNothingElse() {
        Issued issued = issueNow(1, organizer);
        UUID eventId = issued.confirmed().eventId();
        String device = createDevice(eventId, organizer);
        TicketView ticket = issued.tickets().getFirst();

        for (String uri : List.of("/api/v1/tickets/" + ticket.id(), "/api/v1/tickets?bookingId=" + ticket.bookingId(),
                "/api/v1/events/" + eventId + "/check-in/revocations", "/api/v1/events/" + eventId + "/check-in/counts",
                "/api/v1/events/" + eventId + "/check-in/devices")) {
            http.get().uri(uri).header(DEVICE_HEADER, device).exchange().expectStatus().isUnauthorized();
        }
        http.post().uri("/api/v1/check-ins").header(DEVICE_HEADER, device).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("qrPayload", ticket.qrPayload(), "scanId", UUID.randomUUID())).exchange()
                .expectStatus().isUnauthorized();
        http.post().uri("/api/v1/events/" + eventId + "/check-in/devices").header(DEVICE_HEADER, device)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Another")).exchange()
                .expectStatus().isUnauthorized();
        assertThat(jdbc.sql("SELECT count(*) FROM check_in WHERE ticket_id = :id").param("id", ticket.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void revokedOrUnknownDeviceIsUnauthorized() {
        Issued issued = issueNow(1, organizer);
        UUID eventId = issued.confirmed().eventId();
        CreatedDevice created = http.post().uri("/api/v1/events/" + eventId + "/check-in/devices")
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "South door")).exchange()
                .expectStatus().isCreated()
                .expectBody(CreatedDevice.class).returnResult().getResponseBody();

        http.delete().uri("/api/v1/events/" + eventId + "/check-in/devices/" + created.device().id())
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange().expectStatus().isNoContent();

        deviceScan(created.token(), issued.tickets().getFirst().qrPayload()).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        deviceScan("dev_made-up", issued.tickets().getFirst().qrPayload()).expectStatus().isUnauthorized();
        http.post().uri("/api/v1/check-in/device/scans").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("qrPayload", "x", "scanId", UUID.randomUUID())).exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/v1/events/" + eventId + "/check-in/devices")
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].revokedAt").isNotEmpty()
                .jsonPath("$.items[0].token").doesNotExist();
    }

    @Test
    void onlyTheEventsOrganizerIssuesDevices() {
        Issued issued = issueNow(1, organizer);

        http.post().uri("/api/v1/events/" + issued.confirmed().eventId() + "/check-in/devices")
                .header(HttpHeaders.AUTHORIZATION, TestUser.organizer().bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Rogue")).exchange()
                .expectStatus().isForbidden();
        http.post().uri("/api/v1/events/" + issued.confirmed().eventId() + "/check-in/devices")
                .header(HttpHeaders.AUTHORIZATION, buyer.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "Rogue")).exchange()
                .expectStatus().isForbidden();
    }

    private Issued issueNow(int seats, TestUser eventOrganizer) {
        Issued issued = issueStartingAt(seats, Instant.now().minus(Duration.ofHours(1)));
        awaitConsumed(door.eventPublished(issued.confirmed().eventId(), eventOrganizer));
        return issued;
    }

    private String createDevice(UUID eventId, TestUser by) {
        return http.post().uri("/api/v1/events/" + eventId + "/check-in/devices")
                .header(HttpHeaders.AUTHORIZATION, by.bearer()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "North door")).exchange()
                .expectStatus().isCreated()
                .expectBody(CreatedDevice.class).returnResult().getResponseBody().token();
    }

    private RestTestClient.ResponseSpec deviceScan(String device, String qrPayload) {
        return http.post().uri("/api/v1/check-in/device/scans").header(DEVICE_HEADER, device)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("qrPayload", qrPayload, "gate", "North door", "scanId", UUID.randomUUID())).exchange();
    }

    record Device(UUID id, UUID eventId, String name, Instant createdAt, Instant revokedAt) {
    }

    record CreatedDevice(Device device, String token, String header) {
    }
}
