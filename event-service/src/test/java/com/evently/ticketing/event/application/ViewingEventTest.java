package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventSearchQuery;
import com.evently.ticketing.event.domain.EventSearchResult;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.evently.ticketing.event.application.UseCaseFixtures.admin;
import static com.evently.ticketing.event.application.UseCaseFixtures.attendee;
import static com.evently.ticketing.event.application.UseCaseFixtures.cancelledBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.draftBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.publishedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link ViewingEvent} and {@link SearchingEvents} against an in-memory catalog. */
class ViewingEventTest {

    private final InMemoryEvents events = new InMemoryEvents(new ImmediateTransactions());
    private final InMemoryEventCache cache = new InMemoryEventCache(events);
    private final ViewingEvent viewingEvent = new ViewingEvent(events, cache);
    private final SearchingEvents searchingEvents = new SearchingEvents(events, UseCaseFixtures.CLOCK);

    private final Caller owner = organizer();

    @Test
    void anyoneReadsAPublishedOrCancelledEventWithoutAnAccount() {
        Event published = events.given(publishedBy(owner));
        Event cancelled = events.given(cancelledBy(owner));

        assertThat(viewingEvent.view(published.id(), Optional.empty()).status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(viewingEvent.view(cancelled.id(), Optional.of(attendee())).cancellation()).isPresent();
    }

    @Test
    void draftIsSeenOnlyByItsOwnerAndAdmins() {
        Event draft = events.given(draftBy(owner));

        assertThat(viewingEvent.view(draft.id(), Optional.of(owner)).id()).isEqualTo(draft.id());
        assertThat(viewingEvent.view(draft.id(), Optional.of(admin())).id()).isEqualTo(draft.id());
        for (Optional<Caller> stranger : List.of(Optional.<Caller>empty(), Optional.of(attendee()), Optional.of(organizer()))) {
            assertThatExceptionOfType(EventNotFound.class)
                    .isThrownBy(() -> viewingEvent.view(draft.id(), stranger))
                    .withMessage("Event " + draft.id() + " was not found");
        }
    }

    @Test
    void unknownEventIsNotFound() {
        assertThatExceptionOfType(EventNotFound.class)
                .isThrownBy(() -> viewingEvent.view(UUID.randomUUID(), Optional.of(admin())));
    }

    @Test
    void searchingListsPublishedEventsOnly() {
        Event published = events.given(publishedBy(owner));
        events.given(draftBy(owner));
        events.given(cancelledBy(owner));

        EventSearchResult result = searchingEvents.search(Optional.empty(), EventSearchQuery.publicPage(null, 0, 20));

        assertThat(result.events()).extracting(Event::id).containsExactly(published.id());
        assertThat(result.totalMatching()).isEqualTo(1);
    }

    @Test
    void organizersReadTheStoredEventWhileThePublicReadsTheCachedOne() {
        Event published = events.given(publishedBy(owner));
        viewingEvent.view(published.id(), Optional.empty());
        Event renamed = events.stored(published.id()).orElseThrow();
        renamed.revise(UseCaseFixtures.details("Renamed"), renamed.sessions(), renamed.ticketTypes(),
                UseCaseFixtures.NOW);
        events.given(renamed);

        assertThat(viewingEvent.view(published.id(), Optional.empty()).details().title()).isEqualTo("Java Day 2027");
        assertThat(viewingEvent.view(published.id(), Optional.of(owner)).details().title()).isEqualTo("Renamed");
    }
}
