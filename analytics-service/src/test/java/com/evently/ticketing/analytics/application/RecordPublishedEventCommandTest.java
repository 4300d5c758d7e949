package com.evently.ticketing.analytics.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecordPublishedEventCommandTest {

    @Test
    void rejectsAnEventWithoutSessions() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RecordPublishedEventCommand(UUID.randomUUID(), UUID.randomUUID(), "Java Day", 0, List.of(10)));
    }

    @Test
    void rejectsAnEventWithoutTicketTypes() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RecordPublishedEventCommand(UUID.randomUUID(), UUID.randomUUID(), "Java Day", 1, List.of()));
    }

    @Test
    void rejectsATicketTypeWithoutSeats() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RecordPublishedEventCommand(UUID.randomUUID(), UUID.randomUUID(), "Java Day", 1, List.of(10, 0)));
    }

    @Test
    void rejectsABlankTitle() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RecordPublishedEventCommand(UUID.randomUUID(), UUID.randomUUID(), " ", 1, List.of(10)));
    }
}
