package com.evently.ticketing.analytics.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventStatsTest {

    private static final UUID ORGANIZER = UUID.randomUUID();

    @ParameterizedTest(name = "{1} of {0} seats → {2} %")
    @CsvSource({
            "100, 63, 63.0",
            "70, 6, 8.6",      // 8.571… rounds up
            "3, 1, 33.3",      // 33.333… rounds down
            "8, 1, 12.5",      // exact, keeps one decimal
            "2000, 1, 0.1",    // 0.05 is a tie: half-up goes away from zero
            "10, 10, 100.0",
            "10, 12, 120.0"    // oversold is shown as such, not capped
    })
    void occupancyIsConfirmedSeatsPerCapacityRoundedHalfUpToOneDecimal(int capacity, int confirmed, String percent) {
        assertThat(stats(capacity, confirmed, 0).occupancyPercent()).isEqualTo(new BigDecimal(percent));
    }

    @Test
    void occupancyIsZeroWhileNothingIsOnOffer() {
        assertThat(stats(0, 3, 0).occupancyPercent()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void cancellationRateIsCancelledSeatsPerSeatEverConfirmed() {
        assertThat(stats(100, 63, 4).cancellationRate()).isEqualTo(new BigDecimal("6.0")); // 4 of 67 = 5.97 %
    }

    @Test
    void cancellationRateIsZeroBeforeAnySale() {
        assertThat(stats(100, 0, 0).cancellationRate()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void organizerSeesOwnEvent() {
        assertThat(stats(10, 0, 0).isVisibleTo(new Caller(ORGANIZER, Set.of(Role.ORGANIZER)))).isTrue();
    }

    @Test
    void anotherOrganizerDoesNotSeeTheEvent() {
        assertThat(stats(10, 0, 0).isVisibleTo(new Caller(UUID.randomUUID(), Set.of(Role.ORGANIZER)))).isFalse();
    }

    @Test
    void adminSeesEveryEvent() {
        assertThat(stats(10, 0, 0).isVisibleTo(new Caller(UUID.randomUUID(), Set.of(Role.ADMIN)))).isTrue();
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> stats(10, -1, 0));
    }

    @Test
    void onlyACancelledEventHasACancellationTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EventStats(UUID.randomUUID(), ORGANIZER, "Java Day",
                EventStatus.PUBLISHED, Instant.now(), 10, SeatCounts.NONE, List.of(), Map.of(), TicketCounts.NONE));
        assertThatIllegalArgumentException().isThrownBy(() -> new EventStats(UUID.randomUUID(), ORGANIZER, "Java Day",
                EventStatus.CANCELLED, null, 10, SeatCounts.NONE, List.of(), Map.of(), TicketCounts.NONE));
    }

    private static EventStats stats(int capacity, int confirmedSeats, int cancelledSeats) {
        return new EventStats(UUID.randomUUID(), ORGANIZER, "Java Day", EventStatus.PUBLISHED, null, capacity,
                new SeatCounts(confirmedSeats, 1, cancelledSeats, cancelledSeats == 0 ? 0 : 1), List.of(), Map.of(),
                TicketCounts.NONE);
    }
}
