package com.evently.ticketing.analytics.application;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.analytics.application.TestListings.sessions;
import static com.evently.ticketing.analytics.application.TestListings.ticketTypes;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecordPublishedEventCommandTest {

    @Test
    void rejectsAnEventWithoutSessions() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RecordPublishedEventCommand(UUID.randomUUID(), UUID.randomUUID(), "Java Day", List.of(),
                        ticketTypes(10)));
    }

    @Test
    void rejectsAnEventWithoutTicketTypes() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RecordPublishedEventCommand(UUID.randomUUID(), UUID.randomUUID(), "Java Day", sessions(1),
                        List.of()));
    }

    @Test
    void rejectsATicketTypeWithoutSeats() {
        assertThatIllegalArgumentException().isThrownBy(() -> ticketTypes(10, 0));
    }

    @Test
    void rejectsABlankTitle() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new RecordPublishedEventCommand(UUID.randomUUID(), UUID.randomUUID(), " ", sessions(1),
                        ticketTypes(10)));
    }
}
