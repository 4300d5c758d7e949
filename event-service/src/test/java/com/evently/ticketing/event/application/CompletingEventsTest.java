package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventEnded;
import com.evently.ticketing.event.domain.EventStateConflict;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.evently.ticketing.event.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.event.application.UseCaseFixtures.CREATED;
import static com.evently.ticketing.event.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.event.application.UseCaseFixtures.details;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.publishedBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.standardAndVip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link CompletingEvents} against an in-memory catalog. */
class CompletingEventsTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final InMemoryEventCache cache = new InMemoryEventCache(events);
    private final RecordingIntegrationEvents integrationEvents = new RecordingIntegrationEvents(transactions);
    private final CompletingEvents completingEvents =
            new CompletingEvents(events, integrationEvents, cache, transactions, CLOCK);

    private final Caller owner = organizer();

    @Test
    void publishedEventWhoseLastSessionEndedIsCompletedAnnouncedAndForgottenByTheCache() {
        Event ended = events.given(published(session("2027-01-20T10:00:00Z", "2027-01-20T12:00:00Z"),
                session("2027-01-30T10:00:00Z", "2027-01-30T12:00:00Z")));

        assertThat(completingEvents.completeEnded()).isEqualTo(1);

        assertThat(events.stored(ended.id())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(EventStatus.COMPLETED);
            assertThat(stored.version()).isEqualTo(ended.version() + 1);
        });
        assertThat(cache.forgotten()).containsExactly(ended.id());
        assertThat(integrationEvents.announced()).containsExactly(
                new EventEnded(ended.id(), ended.organizerId(), CLOCK.instant()));
    }

    @Test
    void eventWithASessionStillToComeStaysOnSale() {
        Event running = events.given(published(session("2027-01-20T10:00:00Z", "2027-01-20T12:00:00Z"),
                session("2027-02-01T09:00:00Z", "2027-02-01T11:00:00Z")));
        Event later = events.given(publishedBy(owner));

        assertThat(completingEvents.completeEnded()).isZero();

        assertThat(events.stored(running.id()).orElseThrow().status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(events.stored(later.id()).orElseThrow().status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void completedEventCanNeitherBeEditedNorCancelled() {
        Event event = published(session("2027-01-20T10:00:00Z", "2027-01-20T12:00:00Z"));
        event.complete(NOW);

        assertThatExceptionOfType(EventStateConflict.class)
                .isThrownBy(() -> event.revise(details("Again"), event.sessions(), event.ticketTypes(), NOW));
        assertThatExceptionOfType(EventStateConflict.class).isThrownBy(() -> event.cancel("late", NOW));
        assertThatExceptionOfType(EventStateConflict.class).isThrownBy(() -> event.complete(NOW));
    }

    private Event published(Session... sessions) {
        Event event = Event.draft(owner.id(), details("Past event"), List.of(sessions), standardAndVip(), CREATED);
        event.publish(CREATED.plusSeconds(60));
        return event;
    }

    private static Session session(String startsAt, String endsAt) {
        return Session.plan("Session", Instant.parse(startsAt), Instant.parse(endsAt));
    }
}
