package com.evently.ticketing.ticket;

import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.testsupport.fuzz.BodyField;
import com.evently.ticketing.testsupport.fuzz.InvalidBodies;
import com.evently.ticketing.testsupport.fuzz.InvalidBody;
import com.evently.ticketing.testsupport.fuzz.RejectedInput;
import com.evently.ticketing.testsupport.fuzz.SpringTestContextHook;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random invalid bodies for every public request body of ticket-service: each is refused with 400 (415 for a
 * wrong content type) problem+json, and no table of the ticketing schema changes: no check-in, no device, no
 * transfer. A scan whose payload is not a ticket is a valid request (answered INVALID), so payloads are only made
 * wrong in shape here.
 */
@ServiceIntegrationTest
@AddLifecycleHook(SpringTestContextHook.class)
class TicketInputFuzzTest extends TicketServiceFixture {

    private static final String DEVICE_HEADER = "X-Check-In-Device";
    private static final String SCAN = """
            {"qrPayload":"not-a-ticket","gate":"North door","scanId":"%s","eventId":"%s",
             "scannedAt":"2027-03-01T09:00:00Z"}""";

    @Autowired
    DataSource database;

    private final TestUser organizer = TestUser.organizer();
    private UUID eventId;
    private String deviceToken;
    private UUID ticketId;

    @Property(tries = 60)
    void scanningRefusesInvalidInput(@ForAll("scans") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/check-ins").header(HttpHeaders.AUTHORIZATION, organizer.bearer()), body);
    }

    @Property(tries = 60)
    void syncingOfflineScansRefusesInvalidInput(@ForAll("batches") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/check-ins/batch").header(HttpHeaders.AUTHORIZATION, organizer.bearer()), body);
    }

    @Property(tries = 40)
    void deviceScanningRefusesInvalidInput(@ForAll("scans") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/check-in/device/scans").header(DEVICE_HEADER, deviceToken()), body);
    }

    @Property(tries = 40)
    void deviceSyncingRefusesInvalidInput(@ForAll("batches") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/check-in/device/scans/batch").header(DEVICE_HEADER, deviceToken()), body);
    }

    /** Found while fuzzing: Jackson read 22 characters of Base64 as a UUID, so this scan was stored and answered 200. */
    @Example
    void scanningWithAnEventIdThatIsNoUuidIsRefused() {
        InvalidBody base64EventId = new InvalidBody("/eventId = \"not-a-uuid-AAAAAAAAAAA\"", "application/json",
                SCAN.formatted(UUID.randomUUID(), "not-a-uuid-AAAAAAAAAAA").getBytes(StandardCharsets.UTF_8), 400);
        refused(() -> http.post().uri("/api/v1/check-ins").header(HttpHeaders.AUTHORIZATION, organizer.bearer()),
                base64EventId);
    }

    /** Found while fuzzing: a {@code null} scan in a batch was a NullPointerException, answered 500. */
    @Example
    void syncingABatchWithANullScanIsRefused() {
        InvalidBody nullScan = new InvalidBody("a null scan", "application/json",
                "{\"scans\":[null]}".getBytes(StandardCharsets.UTF_8), 400);
        refused(() -> http.post().uri("/api/v1/check-ins/batch").header(HttpHeaders.AUTHORIZATION, organizer.bearer()),
                nullScan);
        refused(() -> http.post().uri("/api/v1/check-in/device/scans/batch").header(DEVICE_HEADER, deviceToken()), nullScan);
    }

    @Property(tries = 40)
    void addingADeviceRefusesInvalidInput(@ForAll("devices") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/events/{id}/check-in/devices", event())
                .header(HttpHeaders.AUTHORIZATION, organizer.bearer()), body);
    }

    @Property(tries = 50)
    void transferringATicketRefusesInvalidInput(@ForAll("transfers") InvalidBody body) {
        UUID ticket = ticket();
        refused(() -> http.post().uri("/api/v1/tickets/{id}/transfer", ticket)
                .header(HttpHeaders.AUTHORIZATION, buyer.bearer()), body);
    }

    @Property(tries = 40)
    void claimingATicketRefusesInvalidInput(@ForAll("claims") InvalidBody body) {
        refused(() -> http.post().uri("/api/v1/tickets/claims").header(HttpHeaders.AUTHORIZATION, buyer.bearer()), body);
    }

    @Provide
    Arbitrary<InvalidBody> claims() {
        return InvalidBodies.of("""
                        {"token":"k3Qx9fJ2mP0aB7cD1eF4gH6iJ8kL0mN2oP4qR6sT8uV"}""")
                .with(BodyField.requiredTextOfLength("/token", 20, 100))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> scans() {
        return InvalidBodies.of(SCAN.formatted(UUID.randomUUID(), UUID.randomUUID()))
                .with(scanFields(""))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> batches() {
        return InvalidBodies.of("{\"scans\":[" + SCAN.formatted(UUID.randomUUID(), UUID.randomUUID()) + "]}")
                .with(BodyField.list("/scans", true, false, BodyField.nullOrContainer()),
                        BodyField.requiredTimestamp("/scans/0/scannedAt"))
                .with(scanFields("/scans/0"))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> devices() {
        return InvalidBodies.of("""
                        {"name":"East door"}""")
                .with(BodyField.requiredText("/name", 100))
                .arbitrary();
    }

    @Provide
    Arbitrary<InvalidBody> transfers() {
        return InvalidBodies.of("""
                        {"email":"friend@example.org","name":"A Friend"}""")
                .with(BodyField.requiredEmail("/email", 200),
                        BodyField.optionalText("/name", 200))
                .arbitrary();
    }

    private static BodyField[] scanFields(String at) {
        return new BodyField[]{
                BodyField.of(at + "/qrPayload", true, BodyField.nullOrContainer()),
                BodyField.requiredUuid(at + "/scanId"),
                BodyField.optionalText(at + "/gate", 100),
                BodyField.optionalUuid(at + "/eventId"),
                BodyField.optionalTimestamp(at + "/scannedAt")};
    }

    private void refused(Supplier<RestTestClient.RequestBodySpec> request, InvalidBody body) {
        RejectedInput.storingNothingIn(database).assertRejected(request, body);
    }

    private UUID event() {
        if (eventId == null) {
            eventId = UUID.randomUUID();
            setUpClients();
            awaitConsumed(new CheckInClient(http, json).eventPublished(eventId, organizer));
        }
        return eventId;
    }

    private String deviceToken() {
        if (deviceToken == null) {
            deviceToken = http.post().uri("/api/v1/events/{id}/check-in/devices", event())
                    .header(HttpHeaders.AUTHORIZATION, organizer.bearer()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", "Fuzzed door")).exchange()
                    .expectStatus().isCreated()
                    .expectBody(DeviceCheckInTest.CreatedDevice.class).returnResult().getResponseBody().token();
        }
        return deviceToken;
    }

    private UUID ticket() {
        if (ticketId == null) {
            setUpClients();
            ticketId = issue(1).tickets().getFirst().id();
        }
        return ticketId;
    }
}
