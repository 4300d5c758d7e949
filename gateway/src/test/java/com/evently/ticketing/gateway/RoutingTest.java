package com.evently.ticketing.gateway;

import com.evently.ticketing.gateway.problem.GatewayProblem;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.net.URI;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayTest
class RoutingTest {

    @Autowired
    WebTestClient gateway;

    @LocalServerPort
    int port;

    private final String bearer = TestUser.attendee().bearer();

    @Test
    void forwardsAuthenticatedRequestWithItsAuthorizationAndRequestId() {
        String requestId = UUID.randomUUID().toString();

        gateway.get().uri("/api/v1/bookings/{id}", UUID.randomUUID())
                .header("Authorization", bearer)
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", requestId)
                .expectBody()
                .jsonPath("$.service").isEqualTo("booking")
                .jsonPath("$.authorization").isEqualTo(bearer)
                .jsonPath("$.requestId").isEqualTo(requestId);
    }

    @Test
    void givesARequestWithoutIdANewOneAndSendsItBothWays() {
        String forwardedId = gateway.get().uri("/api/v1/tickets")
                .header("Authorization", bearer)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("ticket")
                .returnResult().getResponseHeaders().getFirst("X-Request-Id");

        assertThat(forwardedId).isNotBlank();
        assertThat(GatewayTestEnvironment.TICKET.receivedWithRequestId(forwardedId)).hasSize(1);
    }

    @Test
    void replacesARequestIdThatCouldInjectIntoLogs() {
        String returnedId = gateway.get().uri("/api/v1/tickets")
                .header("Authorization", bearer)
                .header("X-Request-Id", "abc\"} {\"level\":\"ERROR")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(UUID.fromString(returnedId)).isNotNull();
    }

    @Test
    void sendsEventAvailabilityToBookingAndTheEventItselfToEvent() {
        UUID eventId = UUID.randomUUID();

        gateway.get().uri("/api/v1/events/{id}/availability", eventId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("booking")
                .jsonPath("$.path").isEqualTo("/api/v1/events/" + eventId + "/availability");
        gateway.get().uri("/api/v1/events/{id}", eventId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("event")
                .jsonPath("$.path").isEqualTo("/api/v1/events/" + eventId);
    }

    @Test
    void sendsEventAttendeesToBooking() {
        gateway.get().uri("/api/v1/events/{id}/attendees?page=0", UUID.randomUUID())
                .header("Authorization", TestUser.organizer().bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("booking");
    }

    @Test
    void sendsEachPathFamilyToTheServiceThatOwnsIt() {
        expectServedBy("/api/v1/users/me", "identity");
        expectServedBy("/.well-known/jwks.json", "identity");
        expectServedBy("/api/v1/events", "event");
        expectServedBy("/api/v1/bookings", "booking");
        expectServedBy("/api/v1/check-ins/recent", "ticket");
        expectServedBy("/api/v1/analytics/dashboard", "analytics");
    }

    @Test
    void sendsApiClientsAndTheOAuthTokenEndpointToIdentity() {
        String organizer = TestUser.organizer().bearer();
        expectServedBy("/api/v1/api-clients", "identity", organizer);
        expectServedBy("/api/v1/api-clients/" + UUID.randomUUID() + "/rotate-secret", "identity", organizer);
        // a client authenticates with Basic there, no bearer token: the gateway lets it through to identity
        gateway.post().uri("/oauth2/token")
                .header("Authorization", "Basic Y2xpZW50OnNlY3JldA==")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("identity")
                .jsonPath("$.path").isEqualTo("/oauth2/token");
    }

    @Test
    void sendsWaitingListsOffersAndFeedbackToBooking() {
        String user = TestUser.attendee().bearer();
        UUID eventId = UUID.randomUUID();
        expectServedBy("/api/v1/events/" + eventId + "/waitlist", "booking", user);
        expectServedBy("/api/v1/waitlist-offers/" + UUID.randomUUID(), "booking", user);
        expectServedBy("/api/v1/events/" + eventId + "/feedback", "booking", user);
        expectServedBy("/api/v1/events/" + eventId + "/sessions", "event", user);
    }

    @Test
    void sendsTheMailLogAndTheOneClickUnsubscribeToNotification() {
        // notification is unreachable in these tests (GatewayTestEnvironment): its routes answer 503
        gateway.post().uri("/api/v1/notifications/unsubscribe?token=signed").exchange()
                .expectStatus().isEqualTo(503);
        gateway.get().uri("/api/v1/notifications/preferences").exchange().expectStatus().isUnauthorized();
        gateway.get().uri("/api/v1/admin/notifications").header("Authorization", TestUser.admin().bearer()).exchange()
                .expectStatus().isEqualTo(503);
        gateway.get().uri("/api/v1/admin/notifications").header("Authorization", TestUser.organizer().bearer())
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void sendsScannerPathsToTicket() {
        String organizer = TestUser.organizer().bearer();
        gateway.get().uri("/api/v1/check-in/keys").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("ticket");
        gateway.post().uri("/api/v1/check-in/device/scans").header("X-Check-In-Device", "device-secret").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("ticket");
        expectServedBy("/api/v1/check-in/keys", "ticket", organizer);
        expectServedBy("/api/v1/events/" + UUID.randomUUID() + "/check-in/revocations", "ticket", organizer);
    }

    @Test
    void sendsEachAdministrationPathToTheServiceThatOwnsIt() {
        String admin = TestUser.admin().bearer();
        expectServedBy("/api/v1/admin/signing-keys/rotate", "identity", admin);
        expectServedBy("/api/v1/admin/audit-log", "analytics", admin);
    }

    @Test
    void sendsDeadLetterRedrivesToAnalytics() {
        String path = "/api/v1/admin/dead-letters/booking.events.v1/redrive";

        gateway.post().uri(path)
                .header("Authorization", TestUser.admin().bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("analytics")
                .jsonPath("$.method").isEqualTo("POST")
                .jsonPath("$.path").isEqualTo(path);
        gateway.post().uri(path)
                .header("Authorization", TestUser.organizer().bearer())
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void servesEachServicesOpenApiDocumentUnderItsName() {
        gateway.get().uri("/v3/api-docs/booking").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo("booking")
                .jsonPath("$.path").isEqualTo("/v3/api-docs");
    }

    @Test
    void passesAServicesOwnProblemThroughUntouched() {
        gateway.post().uri("/api/v1/bookings/conflict")
                .header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json(FakeService.CONFLICT_PROBLEM, org.springframework.test.json.JsonCompareMode.STRICT);
    }

    @Test
    void tellsTheServiceTheCallersAddressRatherThanOneTheCallerClaims() {
        gateway.get().uri("/api/v1/bookings")
                .header("Authorization", bearer)
                .header("X-Forwarded-For", "203.0.113.9")
                .header("Forwarded", "for=203.0.113.9")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.forwardedFor").isEqualTo("127.0.0.1")
                .jsonPath("$.forwarded").doesNotExist();
    }

    @Test
    void answersNotFoundProblemForAPathNoServiceOwns() {
        expectNotFoundProblem("/api/v1/nothing-here");
        expectNotFoundProblem("/internal/inventory/reserve");
    }

    @Test
    void refusesDotSegmentsThatWouldLeadAServiceToItsInternalEndpoints() {
        expectRejectedAsMalformed("/api/v1/events/../../internal/x");
        expectRejectedAsMalformed("/api/v1/events/%2e%2e/%2e%2e/internal/x");
    }

    private void expectRejectedAsMalformed(String path) {
        String requestId = UUID.randomUUID().toString();

        // An absolute URI, so that the client sends the path exactly as written.
        gateway.get().uri(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(GatewayProblem.of(HttpStatus.BAD_REQUEST).type().toString());

        assertThat(GatewayTestEnvironment.EVENT.receivedWithRequestId(requestId)).isEmpty();
    }

    private void expectServedBy(String path, String service) {
        expectServedBy(path, service, bearer);
    }

    private void expectServedBy(String path, String service, String authorization) {
        gateway.get().uri(path)
                .header("Authorization", authorization)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path);
    }

    private void expectNotFoundProblem(String path) {
        gateway.get().uri(path)
                .header("Authorization", bearer)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(GatewayProblem.of(HttpStatus.NOT_FOUND).type().toString())
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo(path);
    }
}
