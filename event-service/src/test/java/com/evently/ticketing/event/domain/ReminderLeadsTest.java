package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReminderLeadsTest {

    @Test
    void keepsUpToThreeDifferentLeadsLongestFirst() {
        assertThat(new ReminderLeads(List.of(Duration.ofMinutes(15), Duration.ofDays(14), Duration.ofHours(2))).leads())
                .containsExactly(Duration.ofDays(14), Duration.ofHours(2), Duration.ofMinutes(15));
        assertThat(new ReminderLeads(List.of()).leads()).isEmpty();
    }

    @Test
    void refusesTooManyTooShortTooLongOrRepeatedLeads() {
        assertThatThrownBy(() -> new ReminderLeads(List.of(Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(3), Duration.ofHours(4)))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ReminderLeads(List.of(Duration.ofMinutes(14)))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ReminderLeads(List.of(Duration.ofDays(14).plusSeconds(1))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ReminderLeads(List.of(Duration.ofHours(2), Duration.ofMinutes(120))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPublishedEventsNewLeadsAreAnAnnouncedChangeOfItsDetails() {
        EventDetails details = new EventDetails("Java Day", null, "Hall A", ZoneId.of("Europe/Lisbon"));
        Event event = Event.draft(UUID.randomUUID(), details,
                List.of(Session.plan("Day 1", Instant.parse("2027-03-01T09:00:00Z"),
                        Instant.parse("2027-03-01T17:00:00Z"))),
                List.of(TicketType.offer("Standard", new Money(new BigDecimal("25.00"),
                        Currency.getInstance("EUR")), 100, null)),
                Instant.parse("2026-01-01T00:00:00Z"));
        event.publish(Instant.parse("2026-01-02T00:00:00Z"));
        EventDetails withLeads = new EventDetails("Java Day", null, "Hall A", ZoneId.of("Europe/Lisbon"),
                new ReminderLeads(List.of(Duration.ofDays(2))));

        assertThat(event.revise(withLeads, event.sessions(), event.ticketTypes(),
                Instant.parse("2026-01-03T00:00:00Z")))
                .hasValueSatisfying(updated -> assertThat(updated.details().reminderLeads().leads())
                        .containsExactly(Duration.ofDays(2)));
    }
}
