package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventRevised;
import com.evently.ticketing.event.domain.EventStateConflict;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.event.domain.PublishedStructureConflict;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.evently.ticketing.event.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.event.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.event.application.UseCaseFixtures.admin;
import static com.evently.ticketing.event.application.UseCaseFixtures.attendee;
import static com.evently.ticketing.event.application.UseCaseFixtures.cancelledBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.details;
import static com.evently.ticketing.event.application.UseCaseFixtures.draftBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.publishedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link RevisingEvent} against an in-memory catalog and announcements. */
class RevisingEventTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final RecordingIntegrationEvents integrationEvents = new RecordingIntegrationEvents(transactions);
    private final RevisingEvent revisingEvent = new RevisingEvent(events, new OrganizerAccess(events),
            integrationEvents, transactions, CLOCK);

    private final Caller owner = organizer();

    @Test
    void draftIsRewrittenEntirelyAndAnnouncedToNobody() {
        Event draft = events.given(draftBy(owner));
        List<Session> afternoon = List.of(Session.plan("Afternoon",
                Instant.parse("2027-04-01T13:00:00Z"), Instant.parse("2027-04-01T17:00:00Z")));

        Event revised = revisingEvent.revise(owner, new ReviseEventCommand(draft.id(), 1, details("Second idea"),
                afternoon, draft.ticketTypes().subList(0, 1)));

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.updatedAt()).isEqualTo(NOW);
        assertThat(events.writes()).containsExactly(InMemoryEvents.Write.REPLACE);
        assertThat(events.stored(draft.id())).hasValueSatisfying(stored -> {
            assertThat(stored.details().title()).isEqualTo("Second idea");
            assertThat(stored.sessions()).extracting(Session::name).containsExactly("Afternoon");
            assertThat(stored.ticketTypes()).containsExactly(draft.ticketTypes().getFirst());
        });
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void publishedEventTakesNewDetailsKeepsItsStructureAndAnnouncesThem() {
        Event published = events.given(publishedBy(owner));

        Event revised = revisingEvent.revise(owner, new ReviseEventCommand(published.id(), 2,
                details("Java Day, second edition"), published.sessions(), published.ticketTypes()));

        assertThat(revised.version()).isEqualTo(3);
        assertThat(events.writes()).as("sessions and ticket types are not rewritten once published")
                .containsExactly(InMemoryEvents.Write.UPDATE);
        assertThat(integrationEvents.announced()).singleElement().isInstanceOfSatisfying(EventRevised.class,
                updated -> {
                    assertThat(updated.eventId()).isEqualTo(published.id());
                    assertThat(updated.details().title()).isEqualTo("Java Day, second edition");
                    assertThat(updated.version()).isEqualTo(3);
                    assertThat(updated.updatedAt()).isEqualTo(NOW);
                });
    }

    @Test
    void publishedEventRefusesChangesToItsSessionsAndChangesNothing() {
        Event published = events.given(publishedBy(owner));
        List<Session> moved = List.of(Session.plan("Day 1",
                Instant.parse("2027-03-01T10:00:00Z"), Instant.parse("2027-03-01T17:00:00Z")));

        assertThatExceptionOfType(PublishedStructureConflict.class)
                .isThrownBy(() -> revisingEvent.revise(owner, new ReviseEventCommand(published.id(), 2,
                        details("Renamed"), moved, published.ticketTypes())));

        assertThat(events.writes()).isEmpty();
        assertThat(integrationEvents.announced()).isEmpty();
        assertThat(events.stored(published.id())).hasValueSatisfying(
                stored -> assertThat(stored.details().title()).isEqualTo("Java Day 2027"));
    }

    @Test
    void revisionThatChangesNothingKeepsTheVersionStoresNothingAndAnnouncesNothing() {
        Event published = events.given(publishedBy(owner));

        Event revised = revisingEvent.revise(owner, new ReviseEventCommand(published.id(), 2, published.details(),
                published.sessions(), published.ticketTypes()));

        assertThat(revised.version()).isEqualTo(2);
        assertThat(events.writes()).isEmpty();
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void revisionFromAnOlderVersionIsStaleAndChangesNothing() {
        Event draft = draftBy(owner);
        draft.revise(details("Version two"), draft.sessions(), draft.ticketTypes(), NOW);
        events.given(draft);

        assertThatExceptionOfType(StaleEventVersion.class)
                .isThrownBy(() -> revisingEvent.revise(owner, new ReviseEventCommand(draft.id(), 1,
                        details("Based on version one"), draft.sessions(), draft.ticketTypes())))
                .withMessage("Event " + draft.id() + " changed since version 1 was read; read it again and retry");

        assertThat(events.writes()).isEmpty();
        assertThat(events.stored(draft.id())).hasValueSatisfying(
                stored -> assertThat(stored.details().title()).isEqualTo("Version two"));
    }

    @Test
    void concurrentChangeBetweenReadAndWriteIsAStaleVersionAndAnnouncesNothing() {
        Event published = events.given(publishedBy(owner));
        events.anotherWriterWinsNextWrite();

        assertThatExceptionOfType(StaleEventVersion.class)
                .isThrownBy(() -> revisingEvent.revise(owner, new ReviseEventCommand(published.id(), 2,
                        details("Raced edit"), published.sessions(), published.ticketTypes())));

        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void cancelledEventCannotBeEdited() {
        Event cancelled = events.given(cancelledBy(owner));

        assertThatExceptionOfType(EventStateConflict.class)
                .isThrownBy(() -> revisingEvent.revise(owner, new ReviseEventCommand(cancelled.id(), 3,
                        details("Called off, renamed"), cancelled.sessions(), cancelled.ticketTypes())))
                .satisfies(conflict -> assertThat(conflict.status()).isEqualTo(EventStatus.CANCELLED));
        assertThat(events.writes()).isEmpty();
    }

    @Test
    void adminEditsAnyonesEventWhichKeepsItsOrganizer() {
        Event published = events.given(publishedBy(owner));

        Event revised = revisingEvent.revise(admin(), new ReviseEventCommand(published.id(), 2,
                details("Typo fixed"), published.sessions(), published.ticketTypes()));

        assertThat(revised.organizerId()).isEqualTo(owner.id());
        assertThat(revised.details().title()).isEqualTo("Typo fixed");
    }

    @Test
    void anotherOrganizerCannotFindSomeoneElsesDraft() {
        Event draft = events.given(draftBy(owner));

        assertThatExceptionOfType(EventNotFound.class)
                .isThrownBy(() -> revisingEvent.revise(organizer(), new ReviseEventCommand(draft.id(), 1,
                        details("Hijacked"), draft.sessions(), draft.ticketTypes())));
        assertThat(events.writes()).isEmpty();
    }

    @Test
    void anotherOrganizerOrAnAttendeeIsNotPermittedOnAPublishedEvent() {
        Event published = events.given(publishedBy(owner));
        ReviseEventCommand hijack = new ReviseEventCommand(published.id(), 2, details("Hijacked"),
                published.sessions(), published.ticketTypes());

        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> revisingEvent.revise(organizer(), hijack))
                .withMessage("Only the event's organizer or an admin may edit it");
        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> revisingEvent.revise(attendee(), hijack))
                .withMessage("Only organizers and admins may edit events");
        assertThat(events.writes()).isEmpty();
        assertThat(integrationEvents.announced()).isEmpty();
    }
}
