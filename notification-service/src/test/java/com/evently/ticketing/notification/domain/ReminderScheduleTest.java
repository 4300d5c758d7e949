package com.evently.ticketing.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReminderScheduleTest {

    @Test
    void leadsAreTakenLongestFirstAndEachGivesWayToTheNextShorterOne() {
        ReminderSchedule schedule = new ReminderSchedule(List.of(Duration.ofHours(2), Duration.ofHours(24)));

        assertThat(schedule.leads()).containsExactly(Duration.ofHours(24), Duration.ofHours(2));
        assertThat(schedule.shorterThan(Duration.ofHours(24))).isEqualTo(Duration.ofHours(2));
        assertThat(schedule.shorterThan(Duration.ofHours(2))).isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesLeadsThatAreNotPositiveOrRepeat() {
        assertThatThrownBy(() -> new ReminderSchedule(List.of(Duration.ZERO))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderSchedule(List.of(Duration.ofHours(2), Duration.ofMinutes(120))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
