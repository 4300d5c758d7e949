package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventCalledOff;
import com.evently.ticketing.event.domain.EventStateConflict;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import static com.evently.ticketing.event.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.event.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.event.application.UseCaseFixtures.admin;
import static com.evently.ticketing.event.application.UseCaseFixtures.attendee;
import static com.evently.ticketing.event.application.UseCaseFixtures.cancelledBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.draftBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.publishedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link CancellingEvent} against an in-memory catalog and announcements. */
class CancellingEventTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final RecordingIntegrationEvents integrationEvents = new RecordingIntegrationEvents(transactions);
    private final CancellingEvent cancellingEvent = new CancellingEvent(events, new OrganizerAccess(events),
            integrationEvents, transactions, CLOCK);

    private final Caller owner = organizer();

    @Test
    void ownerCancelsTheirPublishedEventAndEveryoneHearsWhy() {
        Event published = events.given(publishedBy(owner));

        Event cancelled = cancellingEvent.cancel(owner, published.id(), "The venue is flooded");

        assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(3);
        assertThat(events.stored(published.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(EventStatus.CANCELLED);
            assertThat(stored.cancellation()).hasValueSatisfying(cancellation -> {
                assertThat(cancellation.reason()).isEqualTo("The venue is flooded");
                assertThat(cancellation.cancelledAt()).isEqualTo(NOW);
            });
        });
        assertThat(integrationEvents.announced()).singleElement().isEqualTo(
                new EventCalledOff(published.id(), owner.id(), "The venue is flooded", NOW));
    }

    @Test
    void blankReasonIsNoReason() {
        Event published = events.given(publishedBy(owner));

        cancellingEvent.cancel(owner, published.id(), "  ");

        assertThat(integrationEvents.announced()).singleElement().isInstanceOfSatisfying(EventCalledOff.class,
                cancelled -> assertThat(cancelled.reason()).isNull());
    }

    @Test
    void draftIsDeletedRatherThanCancelled() {
        Event draft = events.given(draftBy(owner));

        assertThatExceptionOfType(EventStateConflict.class)
                .isThrownBy(() -> cancellingEvent.cancel(owner, draft.id(), null))
                .withMessageEndingWith("a draft is deleted instead")
                .satisfies(conflict -> assertThat(conflict.status()).isEqualTo(EventStatus.DRAFT));
        assertThat(events.writes()).isEmpty();
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void cancellingTwiceConflictsAndAnnouncesNothingMore() {
        Event cancelled = events.given(cancelledBy(owner));

        assertThatExceptionOfType(EventStateConflict.class)
                .isThrownBy(() -> cancellingEvent.cancel(owner, cancelled.id(), "Really cancelled"))
                .satisfies(conflict -> assertThat(conflict.status()).isEqualTo(EventStatus.CANCELLED));
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void tooLongReasonIsBadInputAndTheEventStaysOnSale() {
        Event published = events.given(publishedBy(owner));

        assertThatExceptionOfType(InvalidInput.class)
                .isThrownBy(() -> cancellingEvent.cancel(owner, published.id(), "x".repeat(1001)));

        assertThat(events.stored(published.id())).hasValueSatisfying(
                stored -> assertThat(stored.status()).isEqualTo(EventStatus.PUBLISHED));
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void adminCancelsAnyonesEvent() {
        Event published = events.given(publishedBy(owner));

        Event cancelled = cancellingEvent.cancel(admin(), published.id(), "Breaks the terms of use");

        assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(cancelled.organizerId()).isEqualTo(owner.id());
    }

    @Test
    void anotherOrganizerIsNotPermittedAndCannotFindADraft() {
        Event published = events.given(publishedBy(owner));
        Event draft = events.given(draftBy(owner));

        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> cancellingEvent.cancel(organizer(), published.id(), null));
        assertThatExceptionOfType(EventNotFound.class)
                .isThrownBy(() -> cancellingEvent.cancel(organizer(), draft.id(), null));
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void attendeeIsNotPermitted() {
        Event published = events.given(publishedBy(owner));

        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> cancellingEvent.cancel(attendee(), published.id(), null))
                .withMessage("Only organizers and admins may cancel events");
        assertThat(events.stored(published.id())).hasValueSatisfying(
                stored -> assertThat(stored.status()).isEqualTo(EventStatus.PUBLISHED));
    }
}
