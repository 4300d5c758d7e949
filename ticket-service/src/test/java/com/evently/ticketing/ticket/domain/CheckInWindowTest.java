package com.evently.ticketing.ticket.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInWindowTest {

    private final CheckInWindow window = new CheckInWindow(Duration.ofHours(24), Duration.ofHours(6));
    private final TicketHolder holder = new TicketHolder("ana@example.com", "Ana María Díaz");

    @Test
    void passOpensBeforeTheSessionStartsAndClosesAfterItEnds() {
        PassClaims claims = claimsFor(Bookings.JAVA_DAY);

        assertThat(claims.notBefore()).isEqualTo(Instant.parse("2027-02-28T09:00:00Z"));
        assertThat(claims.notAfter()).isEqualTo(Instant.parse("2027-03-01T23:00:00Z"));
        assertThat(claims.holderInitials()).isEqualTo("AMD");
        assertThat(claims.positionOf(Instant.parse("2027-02-28T08:59:59Z"))).isEqualTo(PassClaims.WindowPosition.NOT_YET_OPEN);
        assertThat(claims.positionOf(Instant.parse("2027-03-01T12:00:00Z"))).isEqualTo(PassClaims.WindowPosition.OPEN);
        assertThat(claims.positionOf(Instant.parse("2027-03-01T23:00:01Z"))).isEqualTo(PassClaims.WindowPosition.CLOSED);
    }

    @Test
    void sessionWithoutEndClosesAfterItsStart() {
        EventSnapshot noEnd = new EventSnapshot("Java Day", null, ZoneId.of("UTC"), null,
                Instant.parse("2027-03-01T09:00:00Z"), null, null);

        assertThat(claimsFor(noEnd).notAfter()).isEqualTo(Instant.parse("2027-03-01T15:00:00Z"));
    }

    @Test
    void sessionWithoutKnownTimesGivesAPassWithoutWindow() {
        EventSnapshot untimed = new EventSnapshot(null, null, ZoneId.of("UTC"), null, null, null, null);

        PassClaims claims = claimsFor(untimed);

        assertThat(claims.notBefore()).isNull();
        assertThat(claims.notAfter()).isNull();
        assertThat(claims.positionOf(Instant.now())).isEqualTo(PassClaims.WindowPosition.OPEN);
    }

    @Test
    void initialsComeFromTheEmailWhenThereIsNoName() {
        assertThat(new TicketHolder("jo.van-dyke@example.com", null).initials()).isEqualTo("JVD");
    }

    private PassClaims claimsFor(EventSnapshot event) {
        return window.claimsFor(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), holder, event);
    }
}
