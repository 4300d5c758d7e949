package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStateConflict;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.evently.ticketing.event.application.UseCaseFixtures.admin;
import static com.evently.ticketing.event.application.UseCaseFixtures.attendee;
import static com.evently.ticketing.event.application.UseCaseFixtures.cancelledBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.draftBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.publishedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link DeletingEvent} against an in-memory catalog. */
class DeletingEventTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final DeletingEvent deletingEvent = new DeletingEvent(events, new OrganizerAccess(events), transactions);

    private final Caller owner = organizer();

    @Test
    void ownerDeletesTheirDraft() {
        Event draft = events.given(draftBy(owner));

        deletingEvent.delete(owner, draft.id());

        assertThat(events.stored(draft.id())).isEmpty();
        assertThatExceptionOfType(EventNotFound.class).isThrownBy(() -> deletingEvent.delete(owner, draft.id()));
    }

    @Test
    void adminDeletesAnyonesDraft() {
        Event draft = events.given(draftBy(owner));

        deletingEvent.delete(admin(), draft.id());

        assertThat(events.stored(draft.id())).isEmpty();
    }

    @Test
    void publishedEventIsCancelledRatherThanDeleted() {
        Event published = events.given(publishedBy(owner));

        assertThatExceptionOfType(EventStateConflict.class)
                .isThrownBy(() -> deletingEvent.delete(owner, published.id()))
                .withMessageEndingWith("cancel it instead")
                .satisfies(conflict -> assertThat(conflict.status()).isEqualTo(EventStatus.PUBLISHED));
        assertThat(events.stored(published.id())).isPresent();
    }

    @Test
    void cancelledEventStaysReadable() {
        Event cancelled = events.given(cancelledBy(owner));

        assertThatExceptionOfType(EventStateConflict.class)
                .isThrownBy(() -> deletingEvent.delete(owner, cancelled.id()));
        assertThat(events.stored(cancelled.id())).isPresent();
    }

    @Test
    void draftPublishedMeanwhileIsNotDeleted() {
        Event draft = events.given(draftBy(owner));
        events.anotherWriterWinsNextWrite();

        assertThatExceptionOfType(EventChangeConflict.class)
                .isThrownBy(() -> deletingEvent.delete(owner, draft.id()));
        assertThat(events.stored(draft.id())).isPresent();
    }

    @Test
    void anotherOrganizerCannotFindADraftNorDeleteAPublishedEvent() {
        Event draft = events.given(draftBy(owner));
        Event published = events.given(publishedBy(owner));

        assertThatExceptionOfType(EventNotFound.class).isThrownBy(() -> deletingEvent.delete(organizer(), draft.id()));
        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> deletingEvent.delete(organizer(), published.id()));
        assertThat(events.stored(draft.id())).isPresent();
        assertThat(events.writes()).isEmpty();
    }

    @Test
    void attendeeIsNotPermittedAndUnknownEventIsNotFound() {
        Event draft = events.given(draftBy(owner));

        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> deletingEvent.delete(attendee(), draft.id()));
        assertThatExceptionOfType(EventNotFound.class).isThrownBy(() -> deletingEvent.delete(owner, UUID.randomUUID()));
        assertThat(events.stored(draft.id())).isPresent();
    }
}
