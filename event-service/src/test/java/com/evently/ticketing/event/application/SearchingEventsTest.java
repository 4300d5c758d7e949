package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventOrder;
import com.evently.ticketing.event.domain.EventSearchQuery;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static com.evently.ticketing.event.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.event.application.UseCaseFixtures.admin;
import static com.evently.ticketing.event.application.UseCaseFixtures.attendee;
import static com.evently.ticketing.event.application.UseCaseFixtures.cancelledBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.draftBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.publishedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Who lists what: {@link SearchingEvents} against an in-memory catalog. */
class SearchingEventsTest {

    private final InMemoryEvents events = new InMemoryEvents(new ImmediateTransactions());
    private final SearchingEvents searchingEvents = new SearchingEvents(events, CLOCK);

    private final Caller owner = organizer();
    private final Caller other = organizer();

    @Test
    void organizerListsOwnEventsInEveryStatusAndNobodyElses() {
        Event draft = events.given(draftBy(owner));
        Event published = events.given(publishedBy(owner));
        Event cancelled = events.given(cancelledBy(owner));
        events.given(draftBy(other));
        events.given(publishedBy(other));

        assertThat(ids(Optional.of(owner), query(true, Set.of())))
                .containsExactlyInAnyOrder(draft.id(), published.id(), cancelled.id());
        assertThat(ids(Optional.of(owner), query(true, Set.of(EventStatus.DRAFT)))).containsExactly(draft.id());
    }

    @Test
    void askingForDraftsShowsAnOrganizerOnlyTheirOwn() {
        Event draft = events.given(draftBy(owner));
        events.given(draftBy(other));
        Event othersPublished = events.given(publishedBy(other));

        assertThat(ids(Optional.of(owner), query(false, Set.of(EventStatus.DRAFT, EventStatus.PUBLISHED))))
                .containsExactlyInAnyOrder(draft.id(), othersPublished.id());
    }

    @Test
    void adminListsEveryonesEventsInEveryStatus() {
        Event draft = events.given(draftBy(owner));
        Event published = events.given(publishedBy(other));
        Event cancelled = events.given(cancelledBy(other));

        assertThat(ids(Optional.of(admin()), query(false, Set.of())))
                .contains(draft.id(), published.id(), cancelled.id());
    }

    @Test
    void thePublicSeesPublishedEventsAndMayAskForPastOrCancelledOnes() {
        events.given(draftBy(owner));
        Event published = events.given(publishedBy(owner));
        Event cancelled = events.given(cancelledBy(owner));

        assertThat(ids(Optional.empty(), query(false, Set.of()))).containsExactly(published.id());
        assertThat(ids(Optional.of(attendee()), query(false, Set.of(EventStatus.CANCELLED))))
                .containsExactly(cancelled.id());
    }

    @Test
    void ownListingsAndDraftsNeedAnOrganizer() {
        assertThatExceptionOfType(SignInRequired.class)
                .isThrownBy(() -> searchingEvents.search(Optional.empty(), query(true, Set.of())));
        assertThatExceptionOfType(EventManagementNotPermitted.class)
                .isThrownBy(() -> searchingEvents.search(Optional.of(attendee()), query(true, Set.of())));
        assertThatExceptionOfType(EventManagementNotPermitted.class).isThrownBy(() ->
                searchingEvents.search(Optional.of(attendee()), query(false, Set.of(EventStatus.DRAFT))));
    }

    private java.util.List<java.util.UUID> ids(Optional<Caller> caller, EventSearchQuery query) {
        return searchingEvents.search(caller, query).events().stream().map(Event::id).toList();
    }

    private static EventSearchQuery query(boolean mine, Set<EventStatus> statuses) {
        return new EventSearchQuery(null, null, null, null, null, false, null, null, null, null, mine, statuses,
                0, 100, EventOrder.SOONEST_FIRST);
    }
}
