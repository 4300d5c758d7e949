package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.EventChangeConflict;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStateConflict;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.event.domain.EventWentOnSale;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.util.UUID;

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

/** {@link PublishingEvent} against an in-memory catalog and announcements. */
class PublishingEventTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final RecordingIntegrationEvents integrationEvents = new RecordingIntegrationEvents(transactions);
    private final PublishingEvent publishingEvent = new PublishingEvent(events, new OrganizerAccess(events),
            integrationEvents, transactions, CLOCK);

    private final Caller owner = organizer();

    @Test
    void ownerPublishesTheirDraftAndItIsAnnouncedWithEverySessionAndTicketType() {
        Event draft = events.given(draftBy(owner));

        Event published = publishingEvent.publish(owner, draft.id());

        assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(published.version()).isEqualTo(2);
        assertThat(published.publishedAt()).contains(NOW);
        assertThat(events.stored(draft.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(EventStatus.PUBLISHED);
            assertThat(stored.version()).isEqualTo(2);
        });
        assertThat(integrationEvents.announced()).singleElement().isInstanceOfSatisfying(EventWentOnSale.class,
                onSale -> {
                    assertThat(onSale.eventId()).isEqualTo(draft.id());
                    assertThat(onSale.organizerId()).isEqualTo(owner.id());
                    assertThat(onSale.sessions()).isEqualTo(draft.sessions());
                    assertThat(onSale.ticketTypes()).isEqualTo(draft.ticketTypes());
                    assertThat(onSale.publishedAt()).isEqualTo(NOW);
                });
    }

    @Test
    void adminPublishesAnyonesDraft() {
        Event draft = events.given(draftBy(owner));

        Event published = publishingEvent.publish(admin(), draft.id());

        assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(published.organizerId()).isEqualTo(owner.id());
        assertThat(integrationEvents.announced()).hasSize(1);
    }

    @Test
    void publishingTwiceConflictsAndAnnouncesNothingMore() {
        Event published = events.given(publishedBy(owner));

        assertThatExceptionOfType(EventStateConflict.class)
                .isThrownBy(() -> publishingEvent.publish(owner, published.id()))
                .satisfies(conflict -> assertThat(conflict.status()).isEqualTo(EventStatus.PUBLISHED));

        assertThat(events.writes()).isEmpty();
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void cancelledEventCannotBePublishedAgain() {
        Event cancelled = events.given(cancelledBy(owner));

        assertThatExceptionOfType(EventStateConflict.class)
                .isThrownBy(() -> publishingEvent.publish(owner, cancelled.id()))
                .satisfies(conflict -> assertThat(conflict.status()).isEqualTo(EventStatus.CANCELLED));
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void concurrentPublishThatLosesTheRaceAnnouncesNothing() {
        Event draft = events.given(draftBy(owner));
        events.anotherWriterWinsNextWrite();

        assertThatExceptionOfType(EventChangeConflict.class)
                .isThrownBy(() -> publishingEvent.publish(owner, draft.id()));

        assertThat(integrationEvents.announced()).isEmpty();
        assertThat(events.stored(draft.id())).hasValueSatisfying(
                stored -> assertThat(stored.status()).isEqualTo(EventStatus.DRAFT));
    }

    @Test
    void anotherOrganizersDraftIsNotFoundSoItStaysPrivate() {
        Event draft = events.given(draftBy(owner));

        assertThatExceptionOfType(EventNotFound.class)
                .isThrownBy(() -> publishingEvent.publish(organizer(), draft.id()))
                .satisfies(notFound -> assertThat(notFound.eventId()).isEqualTo(draft.id()));
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void unknownEventIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatExceptionOfType(EventNotFound.class)
                .isThrownBy(() -> publishingEvent.publish(owner, unknown))
                .withMessage("Event " + unknown + " was not found");
    }

    @Test
    void anotherOrganizerIsNotPermittedOnAnEventTheyCanSee() {
        Event published = events.given(publishedBy(owner));

        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> publishingEvent.publish(organizer(), published.id()))
                .withMessage("Only the event's organizer or an admin may publish it");
    }

    @Test
    void attendeeIsNotPermittedBeforeTheEventIsEvenLookedUp() {
        Event draft = events.given(draftBy(owner));

        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> publishingEvent.publish(attendee(), draft.id()))
                .withMessage("Only organizers and admins may publish events");
        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> publishingEvent.publish(attendee(), UUID.randomUUID()));
        assertThat(integrationEvents.announced()).isEmpty();
    }
}
