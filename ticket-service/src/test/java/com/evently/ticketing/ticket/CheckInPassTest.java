package com.evently.ticketing.ticket;

import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import com.evently.ticketing.ticket.adapter.in.web.TicketProblem;
import com.evently.ticketing.ticket.application.RotatingPassKey;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR code's signed pass, checked the way an offline scanner would: with the published keys and nothing else. */
@ServiceIntegrationTest
class CheckInPassTest extends TicketServiceFixture {

    @Autowired
    RotatingPassKey rotatingPassKey;

    @Test
    void passVerifiesOfflineWithOnlyThePublishedKeys() throws Exception {
        Issued issued = issue(1);
        TicketView ticket = issued.tickets().getFirst();

        JWSObject pass = JWSObject.parse(ticket.qrPayload());
        ECKey key = (ECKey) publishedKeys().getKeyByKeyId(pass.getHeader().getKeyID());

        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(pass.verify(new ECDSAVerifier(key))).isTrue();
        Map<String, Object> claims = pass.getPayload().toJSONObject();
        assertThat(uuid(claims.get("t"))).isEqualTo(ticket.id());
        assertThat(uuid(claims.get("e"))).isEqualTo(issued.confirmed().eventId());
        assertThat(uuid(claims.get("s"))).isEqualTo(issued.confirmed().sessionId());
        assertThat(uuid(claims.get("y"))).isEqualTo(issued.confirmed().ticketTypeId());
        assertThat(claims.get("h")).isEqualTo(initialsOf(buyer.name()));
        // the session runs 09:00–17:00 UTC on 1 March; the window opens a day before and closes six hours after
        assertThat(Instant.ofEpochSecond(((Number) claims.get("nbf")).longValue()))
                .isEqualTo(Instant.parse("2027-02-28T09:00:00Z"));
        assertThat(Instant.ofEpochSecond(((Number) claims.get("exp")).longValue()))
                .isEqualTo(Instant.parse("2027-03-01T23:00:00Z"));
    }

    @Test
    void keysArePublicAndCacheable() {
        http.get().uri("/api/v1/check-in/keys").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("max-age"));
    }

    @Test
    void rotationSignsNewPassesWithTheNewKeyWhileOldPassesKeepVerifying() throws Exception {
        TicketView before = issue(1).tickets().getFirst();

        String newKeyId = http.post().uri("/api/v1/check-in/keys/rotate")
                .header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange()
                .expectStatus().isOk()
                .expectBody(RotatedKey.class).returnResult().getResponseBody().keyId();
        TicketView after = issue(1).tickets().getFirst();

        JWKSet keys = publishedKeys();
        JWSObject oldPass = JWSObject.parse(before.qrPayload());
        JWSObject newPass = JWSObject.parse(after.qrPayload());
        assertThat(newPass.getHeader().getKeyID()).isEqualTo(newKeyId).isNotEqualTo(oldPass.getHeader().getKeyID());
        assertThat(oldPass.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(oldPass.getHeader().getKeyID())))).isTrue();
        assertThat(newPass.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(newKeyId)))).isTrue();
        // a pass does not verify under another published key
        assertThat(oldPass.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(newKeyId)))).isFalse();
    }

    @Test
    void onlyAnAdministratorRotatesKeys() {
        for (TestUser caller : List.of(buyer, TestUser.organizer())) {
            http.post().uri("/api/v1/check-in/keys/rotate").header(HttpHeaders.AUTHORIZATION, caller.bearer()).exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(TicketProblem.CHECK_IN_NOT_PERMITTED.status().value()).isEqualTo(403);
    }

    @Test
    void privateHalvesOfTheKeysAreStoredEncrypted() {
        issue(1);

        List<String> stored = jdbc.sql("SELECT encrypted_private_jwk FROM pass_key").query(String.class).list();

        assertThat(stored).isNotEmpty().allSatisfy(value -> {
            assertThat(value.split("\\.")).hasSize(5); // a compact JWE
            assertThat(value).doesNotContain("\"d\"");
        });
    }

    @Test
    void scheduledCheckRotatesADueKeyAndDeletesRetiredKeysOnceNoPassOfTheirsAdmits() throws Exception {
        String first = rotateAsAdmin();
        Issued ended = issueStartingAt(1, Instant.now().minus(Duration.ofDays(3)));
        Issued upcoming = issueStartingAt(1, Instant.now().plus(Duration.ofDays(10)));
        rotateAsAdmin();
        // the first key signed ten days ago: tickets issued by other tests since are none of its business
        jdbc.sql("UPDATE pass_key SET created_at = now() - interval '10 days', retired_at = now() - interval '9 days'"
                + " WHERE kid = :kid").param("kid", first).update();
        jdbc.sql("UPDATE ticket SET issued_at = now() - interval '9 days 12 hours' WHERE booking_id IN (:ended, :upcoming)")
                .param("ended", ended.confirmed().bookingId()).param("upcoming", upcoming.confirmed().bookingId())
                .update();

        RotatingPassKey.ScheduledRotation notDue = rotatingPassKey.rotateIfOlderThan(Duration.ofDays(365));
        assertThat(notDue.rotatedTo()).isEmpty();
        assertThat(storedKeyIds()).as("a pass of the first key still admits").contains(first);

        notices.publish(BookingNotices.cancelled(upcoming.confirmed(), BookingCancelled.Cause.BUYER, "Cannot come"));
        tickets.awaitStatuses(upcoming.confirmed().bookingId(), buyer, 1, "VOID");
        rotatingPassKey.rotateIfOlderThan(Duration.ofDays(365));
        assertThat(storedKeyIds()).as("no pass of the first key admits any more").doesNotContain(first);

        String active = activeKeyId();
        RotatingPassKey.ScheduledRotation due = rotatingPassKey.rotateIfOlderThan(Duration.ZERO);
        assertThat(due.rotatedTo()).hasValueSatisfying(key -> assertThat(key.keyId()).isEqualTo(activeKeyId()));
        assertThat(activeKeyId()).isNotEqualTo(active);
    }

    private String rotateAsAdmin() {
        return http.post().uri("/api/v1/check-in/keys/rotate")
                .header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer()).exchange()
                .expectStatus().isOk()
                .expectBody(RotatedKey.class).returnResult().getResponseBody().keyId();
    }

    private List<String> storedKeyIds() {
        return jdbc.sql("SELECT kid FROM pass_key").query(String.class).list();
    }

    private String activeKeyId() {
        return jdbc.sql("SELECT kid FROM pass_key WHERE active").query(String.class).single();
    }

    private JWKSet publishedKeys() throws Exception {
        String body = http.get().uri("/api/v1/check-in/keys").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JWKSet.parse(body);
    }

    private static UUID uuid(Object claim) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode((String) claim));
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static String initialsOf(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials.length() > 4 ? initials.substring(0, 4) : initials.toString();
    }

    record RotatedKey(String keyId, Instant createdAt) {
    }
}
