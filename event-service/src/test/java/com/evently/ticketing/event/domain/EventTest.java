package com.evently.ticketing.event.domain;

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

    private final Actor organizer = new Actor(UUID.randomUUID(), Set.of(Role.USER, Role.ORGANIZER));

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

        EventPublished published = event.publish(PUBLISHED);

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
                .isInstanceOf(InvalidEventStateException.class)
                .hasMessageContaining("PUBLISHED");
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.publishedAt()).contains(PUBLISHED);
    }

    @Test
    void draftIsVisibleOnlyToItsOrganizerAndAdmins() {
        Event event = draftBy(organizer);
        Actor otherOrganizer = new Actor(UUID.randomUUID(), Set.of(Role.ORGANIZER));
        Actor admin = new Actor(UUID.randomUUID(), Set.of(Role.ADMIN));

        assertThat(event.isVisibleTo(Optional.of(organizer))).isTrue();
        assertThat(event.isVisibleTo(Optional.of(admin))).isTrue();
        assertThat(event.isVisibleTo(Optional.of(otherOrganizer))).isFalse();
        assertThat(event.isVisibleTo(Optional.empty())).isFalse();
    }

    @Test
    void publishedEventIsVisibleToEveryoneButManagedOnlyByOrganizerAndAdmins() {
        Event event = draftBy(organizer);
        event.publish(PUBLISHED);
        Actor attendee = new Actor(UUID.randomUUID(), Set.of(Role.USER));
        Actor otherOrganizer = new Actor(UUID.randomUUID(), Set.of(Role.ORGANIZER));

        assertThat(event.isVisibleTo(Optional.empty())).isTrue();
        assertThat(event.isVisibleTo(Optional.of(attendee))).isTrue();
        assertThat(event.isManageableBy(organizer)).isTrue();
        assertThat(event.isManageableBy(new Actor(UUID.randomUUID(), Set.of(Role.ADMIN)))).isTrue();
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

    private Event draftBy(Actor actor) {
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
