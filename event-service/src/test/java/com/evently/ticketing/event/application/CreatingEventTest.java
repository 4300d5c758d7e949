package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import static com.evently.ticketing.event.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.event.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.event.application.UseCaseFixtures.admin;
import static com.evently.ticketing.event.application.UseCaseFixtures.attendee;
import static com.evently.ticketing.event.application.UseCaseFixtures.dayOne;
import static com.evently.ticketing.event.application.UseCaseFixtures.details;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.standardAndVip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link CreatingEvent} against an in-memory catalog. */
class CreatingEventTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final CreatingEvent creatingEvent = new CreatingEvent(events, transactions, CLOCK);

    private final CreateEventCommand javaDay = new CreateEventCommand(details("Java Day"), dayOne(), standardAndVip());

    @Test
    void organizerDraftsAnEventTheyOwnAndItIsStored() {
        Caller organizer = organizer();

        Event draft = creatingEvent.create(organizer, javaDay);

        assertThat(draft.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(draft.organizerId()).isEqualTo(organizer.id());
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.createdAt()).isEqualTo(NOW);
        assertThat(draft.details().title()).isEqualTo("Java Day");
        assertThat(events.stored(draft.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(EventStatus.DRAFT);
            assertThat(stored.sessions()).isEqualTo(draft.sessions());
            assertThat(stored.ticketTypes()).isEqualTo(draft.ticketTypes());
        });
        assertThat(events.writes()).containsExactly(InMemoryEvents.Write.ADD);
    }

    @Test
    void adminDraftsAnEventOwnedByTheAdmin() {
        Caller admin = admin();

        Event draft = creatingEvent.create(admin, javaDay);

        assertThat(draft.organizerId()).isEqualTo(admin.id());
        assertThat(events.stored(draft.id())).isPresent();
    }

    @Test
    void attendeeIsNotPermittedAndNothingIsStored() {
        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> creatingEvent.create(attendee(), javaDay))
                .withMessage("Only organizers and admins create events");

        assertThat(events.writes()).isEmpty();
    }
}
