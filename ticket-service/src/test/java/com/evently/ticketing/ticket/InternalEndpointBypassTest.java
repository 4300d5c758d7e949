package com.evently.ticketing.ticket;

import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.testsupport.RawHttpConnection;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestIdentityProvider;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal PDF endpoint asked for by paths that a servlet container, Spring Security and Spring MVC may read
 * differently (encoded letters, doubled slashes, path parameters, case, dot segments, encoded slashes). Sent over
 * a raw socket, so that no client library normalises the path on the way: none of them may reach the booking's
 * tickets without a service token holding {@code internal:ticket-documents}.
 */
@ServiceIntegrationTest
class InternalEndpointBypassTest extends TicketServiceFixture {

    private static final String BOOKING = "{booking}";

    @Value("${local.server.port}")
    int port;

    private static UUID bookingId;

    @BeforeEach
    void issueTicketsOnce() {
        if (bookingId == null) {
            bookingId = issue(1).confirmed().bookingId();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/internal/v1/bookings/{booking}/tickets.pdf",
            "/%69nternal/v1/bookings/{booking}/tickets.pdf",
            "/%69%6e%74%65%72%6e%61%6c/v1/bookings/{booking}/tickets.pdf",
            "/internal/%761/bookings/{booking}/tickets.pdf",
            "//internal/v1/bookings/{booking}/tickets.pdf",
            "/internal//v1/bookings/{booking}/tickets.pdf",
            "/internal;x=y/v1/bookings/{booking}/tickets.pdf",
            "/internal/v1;x=y/bookings/{booking}/tickets.pdf",
            "/;/internal/v1/bookings/{booking}/tickets.pdf",
            "/INTERNAL/v1/bookings/{booking}/tickets.pdf",
            "/Internal/v1/bookings/{booking}/tickets.pdf",
            "/internal/v1/../v1/bookings/{booking}/tickets.pdf",
            "/api/../internal/v1/bookings/{booking}/tickets.pdf",
            "/./internal/v1/bookings/{booking}/tickets.pdf",
            "/%2e/internal/v1/bookings/{booking}/tickets.pdf",
            "/api/%2e%2e/internal/v1/bookings/{booking}/tickets.pdf",
            "/internal%2Fv1/bookings/{booking}/tickets.pdf",
            "/internal%2fv1%2fbookings%2f{booking}%2ftickets.pdf",
            "%2Finternal/v1/bookings/{booking}/tickets.pdf",
            "/internal/v1/bookings/{booking}/tickets.pdf/",
            "/internal\\v1/bookings/{booking}/tickets.pdf",
            "/%5Cinternal/v1/bookings/{booking}/tickets.pdf"})
    void noSpellingOfTheInternalPathServesTicketsWithoutTheServiceToken(String path) {
        String target = path.replace(BOOKING, bookingId.toString());

        assertThat(statusOf(target, null)).as("GET %s without a token", target).isNotEqualTo(200)
                .isBetween(400, 499);
        assertThat(statusOf(target, TestUser.admin().bearer())).as("GET %s with an admin's token", target)
                .isNotEqualTo(200).isBetween(400, 499);
        assertThat(statusOf(target, "Bearer " + TestIdentityProvider.get().serviceToken(InternalScopes.BOOKING_INVENTORY)))
                .as("GET %s with a service token of another scope", target).isNotEqualTo(200).isBetween(400, 499);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/internal/v1/bookings/{booking}/tickets.pdf",
            "/%69nternal/v1/bookings/{booking}/tickets.pdf"})
    void theServiceTokenStillOpensTheEndpointHoweverItIsSpelt(String path) {
        String target = path.replace(BOOKING, bookingId.toString());

        assertThat(statusOf(target, "Bearer " + TestIdentityProvider.get().serviceToken(InternalScopes.TICKET_DOCUMENTS)))
                .as("GET %s with notification-service's token", target).isEqualTo(200);
    }

    /** The status of a GET sent byte for byte as written: no client library gets to normalise the path. */
    private int statusOf(String rawPath, String authorization) {
        try (RawHttpConnection connection = RawHttpConnection.open(port, Duration.ofSeconds(30))) {
            connection.send("GET " + rawPath + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + "Connection: close\r\n\r\n");
            return connection.nextStatus();
        }
    }
}
