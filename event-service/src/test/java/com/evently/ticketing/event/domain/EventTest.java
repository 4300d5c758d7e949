package com.evently.ticketing.event.domain;

import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant REVISED = Instant.parse("2026-11-03T10:00:00Z");
    private static final Instant CANCELLED = Instant.parse("2026-11-04T10:00:00Z");

    private final Caller organizer = new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ORGANIZER));

    @Test
    void draftBelongsToItsOrganizerAndStartsAtVersionOne() {
        Event event = draftBy(organizer);

        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(event.organizerId()).isEqualTo(organizer.id());
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.createdAt()).isEqualTo(CREATED);
        assertThat(event.publishedAt()).isEmpty();
    }

    @Test
    void publishingADraftAnnouncesEverySessionAndTicketType() {
        Event event = draftBy(organizer);

        EventWentOnSale published = event.publish(PUBLISHED);

        assertThat(event.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(event.publishedAt()).contains(PUBLISHED);
        assertThat(event.updatedAt()).isEqualTo(PUBLISHED);
        assertThat(event.version()).isEqualTo(2);
        assertThat(published.eventId()).isEqualTo(event.id());
        assertThat(published.organizerId()).isEqualTo(organizer.id());
        assertThat(published.sessions()).isEqualTo(event.sessions()).hasSize(2);
        assertThat(published.ticketTypes()).isEqualTo(event.ticketTypes()).hasSize(2);
        assertThat(published.publishedAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void publishingAPublishedEventAgainIsRefused() {
        Event event = draftBy(organizer);
        event.publish(PUBLISHED);

        assertThatThrownBy(() -> event.publish(PUBLISHED.plusSeconds(60)))
                .isInstanceOf(EventStateConflict.class)
                .hasMessageContaining("PUBLISHED");
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.publishedAt()).contains(PUBLISHED);
    }

    @Test
    void draftIsVisibleOnlyToItsOrganizerAndAdmins() {
        Event event = draftBy(organizer);
        Caller otherOrganizer = new Caller(UUID.randomUUID(), Set.of(Role.ORGANIZER));
        Caller admin = new Caller(UUID.randomUUID(), Set.of(Role.ADMIN));

        assertThat(event.isVisibleTo(Optional.of(organizer))).isTrue();
        assertThat(event.isVisibleTo(Optional.of(admin))).isTrue();
        assertThat(event.isVisibleTo(Optional.of(otherOrganizer))).isFalse();
        assertThat(event.isVisibleTo(Optional.empty())).isFalse();
    }

    @Test
    void publishedEventIsVisibleToEveryoneButManagedOnlyByOrganizerAndAdmins() {
        Event event = draftBy(organizer);
        event.publish(PUBLISHED);
        Caller attendee = new Caller(UUID.randomUUID(), Set.of(Role.USER));
        Caller otherOrganizer = new Caller(UUID.randomUUID(), Set.of(Role.ORGANIZER));

        assertThat(event.isVisibleTo(Optional.empty())).isTrue();
        assertThat(event.isVisibleTo(Optional.of(attendee))).isTrue();
        assertThat(event.isManageableBy(organizer)).isTrue();
        assertThat(event.isManageableBy(new Caller(UUID.randomUUID(), Set.of(Role.ADMIN)))).isTrue();
        assertThat(event.isManageableBy(otherOrganizer)).isFalse();
        assertThat(event.isManageableBy(attendee)).isFalse();
    }

    @Test
    void eventNeedsAtLeastOneSessionAndOneTicketType() {
        EventDetails details = details();
        List<Session> sessions = List.of(dayOne());
        List<TicketType> ticketTypes = List.of(standard());

        assertThatThrownBy(() -> Event.draft(organizer.id(), details, List.of(), ticketTypes, CREATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session");
        assertThatThrownBy(() -> Event.draft(organizer.id(), details, sessions, List.of(), CREATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ticket type");
    }

    @Test
    void sessionMustEndAfterItStarts() {
        Instant start = Instant.parse("2027-03-01T09:00:00Z");

        assertThatThrownBy(() -> Session.plan("Day 1", start, start))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Session.plan("Day 1", start, start.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticketTypeNeedsAtLeastOneSeat() {
        assertThatThrownBy(() -> TicketType.offer("Standard", Money.of("25.00", "EUR"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
    }

    @Test
    void moneyIsNonNegativeWithAtMostTwoDecimalsAndOneScale() {
        assertThat(Money.of("25", "EUR")).isEqualTo(Money.of("25.00", "EUR"));
        assertThat(Money.of("25.5", "EUR").amount().toPlainString()).isEqualTo("25.50");
        assertThat(Money.of("0", "EUR").amount().toPlainString()).isEqualTo("0.00");
        assertThatThrownBy(() -> Money.of("-1.00", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.00", "XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankDescriptionAndVenueAreAbsentButTitleIsRequired() {
        EventDetails details = new EventDetails("  Java Day ", " ", "", ZoneId.of("Europe/Lisbon"));

        assertThat(details.title()).isEqualTo("Java Day");
        assertThat(details.description()).isNull();
        assertThat(details.venue()).isNull();
        assertThatThrownBy(() -> new EventDetails(" ", null, null, ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
    }

    @Test
    void draftMayChangeEverythingAndAnnouncesNothing() {
        Event event = draftBy(organizer);
        EventDetails renamed = new EventDetails("Java Night", null, "Hall B", ZoneId.of("Europe/Paris"));
        Session evening = Session.plan("Evening", Instant.parse("2027-04-01T18:00:00Z"), Instant.parse("2027-04-01T22:00:00Z"));
        TicketType free = TicketType.offer("Free", Money.of("0", "EUR"), 300);

        Optional<EventRevised> announced = event.revise(renamed, List.of(evening), List.of(free), REVISED);

        assertThat(announced).isEmpty();
        assertThat(event.details()).isEqualTo(renamed);
        assertThat(event.sessions()).singleElement().satisfies(session -> assertThat(session.hasSameContentAs(evening)).isTrue());
        assertThat(event.ticketTypes()).singleElement().satisfies(type -> assertThat(type.hasSameContentAs(free)).isTrue());
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.updatedAt()).isEqualTo(REVISED);
    }

    @Test
    void draftKeepsIdsItKnowsAndRenewsIdsItDoesNot() {
        Event event = draftBy(organizer);
        Session known = event.sessions().getFirst();
        Session renamed = new Session(known.id(), "Opening day", known.startsAt(), known.endsAt());
        Session foreign = new Session(UUID.randomUUID(), "Day 2", known.startsAt(), known.endsAt());
        Session repeated = new Session(known.id(), "Day 3", known.startsAt(), known.endsAt());

        event.revise(details(), List.of(renamed, foreign, repeated), event.ticketTypes(), REVISED);

        assertThat(event.sessions()).extracting(Session::name).containsExactly("Opening day", "Day 2", "Day 3");
        assertThat(event.sessions().get(0).id()).isEqualTo(known.id());
        assertThat(event.sessions().get(1).id()).isNotEqualTo(foreign.id());
        assertThat(event.sessions()).extracting(Session::id).doesNotHaveDuplicates();
    }

    @Test
    void revisionThatChangesNothingKeepsTheVersion() {
        Event event = draftBy(organizer);

        event.revise(details(), event.sessions(), event.ticketTypes(), REVISED);

        assertThat(event.version()).isEqualTo(1);
        assertThat(event.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void publishedEventTakesNewDetailsAndAnnouncesThem() {
        Event event = draftBy(organizer);
        event.publish(PUBLISHED);
        EventDetails moved = new EventDetails("Java Day 2027", "Now with more talks", "Hall C, Porto", ZoneId.of("Europe/Lisbon"));
        List<Session> sameSessionsWithoutIds = event.sessions().stream()
                .map(session -> Session.plan(session.name(), session.startsAt(), session.endsAt())).toList();

        Optional<EventRevised> announced = event.revise(moved, sameSessionsWithoutIds, event.ticketTypes(), REVISED);

        assertThat(announced).hasValueSatisfying(updated -> {
            assertThat(updated.eventId()).isEqualTo(event.id());
            assertThat(updated.organizerId()).isEqualTo(organizer.id());
            assertThat(updated.details()).isEqualTo(moved);
            assertThat(updated.version()).isEqualTo(3);
            assertThat(updated.updatedAt()).isEqualTo(REVISED);
        });
        assertThat(event.details()).isEqualTo(moved);
        assertThat(event.sessions()).extracting(Session::id).doesNotContainAnyElementsOf(
                sameSessionsWithoutIds.stream().map(Session::id).toList());
    }

    @Test
    void publishedEventKeepsItsSessionsAndTicketTypes() {
        Event event = draftBy(organizer);
        event.publish(PUBLISHED);
        Session first = event.sessions().getFirst();
        Session later = new Session(first.id(), first.name(), first.startsAt().plusSeconds(3600), first.endsAt());
        TicketType standard = event.ticketTypes().getFirst();
        TicketType bigger = new TicketType(standard.id(), standard.name(), standard.price(), standard.capacity() + 1);
        EventDetails renamed = new EventDetails("Renamed", null, null, ZoneId.of("UTC"));

        assertThatThrownBy(() -> event.revise(renamed, List.of(later, event.sessions().get(1)), event.ticketTypes(), REVISED))
                .isInstanceOf(PublishedStructureConflict.class);
        assertThatThrownBy(() -> event.revise(renamed, event.sessions().subList(0, 1), event.ticketTypes(), REVISED))
                .isInstanceOf(PublishedStructureConflict.class);
        assertThatThrownBy(() -> event.revise(renamed, event.sessions(), List.of(bigger, event.ticketTypes().get(1)), REVISED))
                .isInstanceOf(PublishedStructureConflict.class);
        assertThat(event.details()).isEqualTo(details());
        assertThat(event.version()).isEqualTo(2);
    }

    @Test
    void cancellingAPublishedEventAnnouncesItOnce() {
        Event event = draftBy(organizer);
        event.publish(PUBLISHED);

        EventCalledOff cancelled = event.cancel("  Venue flooded ", CANCELLED);

        assertThat(cancelled).isEqualTo(new EventCalledOff(event.id(), organizer.id(), "Venue flooded", CANCELLED));
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.cancellation()).contains(new Cancellation("Venue flooded", CANCELLED));
        assertThat(event.version()).isEqualTo(3);
        assertThat(event.isVisibleTo(Optional.empty())).isTrue();
        assertThatThrownBy(() -> event.cancel(null, CANCELLED.plusSeconds(1)))
                .isInstanceOf(EventStateConflict.class).hasMessageContaining("CANCELLED");
        assertThat(event.version()).isEqualTo(3);
    }

    @Test
    void cancelledEventCannotBeEditedOrDeleted() {
        Event event = draftBy(organizer);
        event.publish(PUBLISHED);
        event.cancel(null, CANCELLED);

        assertThatThrownBy(() -> event.revise(details(), event.sessions(), event.ticketTypes(), REVISED))
                .isInstanceOf(EventStateConflict.class).hasMessageContaining("edited");
        assertThatThrownBy(event::discard).isInstanceOf(EventStateConflict.class);
    }

    @Test
    void draftIsDeletedNotCancelled() {
        Event event = draftBy(organizer);

        assertThatThrownBy(() -> event.cancel("changed my mind", CANCELLED))
                .isInstanceOf(EventStateConflict.class).hasMessageContaining("deleted instead");
        assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
        event.discard();
    }

    @Test
    void publishedEventIsCancelledNotDeleted() {
        Event event = draftBy(organizer);
        event.publish(PUBLISHED);

        assertThatThrownBy(event::discard)
                .isInstanceOf(EventStateConflict.class).hasMessageContaining("cancel it instead");
    }

    @Test
    void cancellationReasonIsOptionalButBounded() {
        assertThat(new Cancellation(" ", CANCELLED).reason()).isNull();
        assertThat(new Cancellation("x".repeat(Cancellation.MAX_REASON_LENGTH), CANCELLED).reason())
                .hasSize(Cancellation.MAX_REASON_LENGTH);
        assertThatThrownBy(() -> new Cancellation("x".repeat(Cancellation.MAX_REASON_LENGTH + 1), CANCELLED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Event draftBy(Caller actor) {
        Session dayTwo = Session.plan("Day 2", Instant.parse("2027-03-02T09:00:00Z"), Instant.parse("2027-03-02T17:00:00Z"));
        TicketType vip = TicketType.offer("VIP", Money.of("120.00", "EUR"), 10);
        return Event.draft(actor.id(), details(), List.of(dayOne(), dayTwo), List.of(standard(), vip), CREATED);
    }

    private static EventDetails details() {
        return new EventDetails("Java Day 2027", "Talks and workshops", "Hall A, Lisbon", ZoneId.of("Europe/Lisbon"));
    }

    private static Session dayOne() {
        return Session.plan("Day 1", Instant.parse("2027-03-01T09:00:00Z"), Instant.parse("2027-03-01T17:00:00Z"));
    }

    private static TicketType standard() {
        return TicketType.offer("Standard", Money.of("25.00", "EUR"), 100);
    }
}
