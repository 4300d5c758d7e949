package com.evently.ticketing.event.application;

import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.EventStatus;
import com.evently.ticketing.event.domain.Rescheduling;
import com.evently.ticketing.event.domain.Session;
import com.evently.ticketing.event.domain.TicketType;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.event.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.event.application.UseCaseFixtures.CREATED;
import static com.evently.ticketing.event.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.event.application.UseCaseFixtures.admin;
import static com.evently.ticketing.event.application.UseCaseFixtures.draftBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.publishedBy;
import static com.evently.ticketing.event.application.UseCaseFixtures.standardAndVip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link CloningEvent} against an in-memory catalog. */
class CloningEventTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final CloningEvent cloningEvent = new CloningEvent(events, new OrganizerAccess(events), transactions, CLOCK);

    private final Caller owner = organizer();

    @Test
    void cloneShiftsEverySessionAndCopiesTicketTypesUnderNewIds() {
        Event source = events.given(twoDays());

        Event copy = cloningEvent.cloneEvent(owner,
                new CloneEventCommand(source.id(), null, Rescheduling.parse("P7D"), "Java Day, again"));

        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(copy.organizerId()).isEqualTo(owner.id());
        assertThat(copy.details().title()).isEqualTo("Java Day, again");
        assertThat(copy.createdAt()).isEqualTo(NOW);
        assertThat(copy.sessions()).extracting(Session::startsAt).containsExactly(
                Instant.parse("2027-03-08T09:00:00Z"), Instant.parse("2027-03-09T09:00:00Z"));
        assertThat(copy.sessions()).extracting(Session::endsAt).containsExactly(
                Instant.parse("2027-03-08T17:00:00Z"), Instant.parse("2027-03-09T17:00:00Z"));
        assertThat(copy.sessions()).extracting(Session::id).doesNotContainAnyElementsOf(
                source.sessions().stream().map(Session::id).toList());
        assertThat(copy.ticketTypes()).extracting(TicketType::name, TicketType::capacity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Standard", 100),
                        org.assertj.core.groups.Tuple.tuple("VIP", 10));
        assertThat(copy.ticketTypes()).extracting(TicketType::id).doesNotContainAnyElementsOf(
                source.ticketTypes().stream().map(TicketType::id).toList());
        assertThat(events.stored(copy.id())).isPresent();
    }

    @Test
    void cloneSellsOnlyWhatIsOnSaleNow() {
        Event source = publishedBy(owner);
        source.retireTicketType(source.ticketTypes().get(1).id(), NOW);
        events.given(source);

        Event copy = cloningEvent.cloneEvent(owner, new CloneEventCommand(source.id(), null, Rescheduling.parse("P7D"), null));

        assertThat(copy.ticketTypes()).singleElement().satisfies(type -> {
            assertThat(type.name()).isEqualTo("Standard");
            assertThat(type.isRetired()).isFalse();
            assertThat(type.id()).isNotEqualTo(source.ticketTypes().getFirst().id());
        });
    }

    @Test
    void cloneOfAnEventWithEveryTicketTypeRetiredOffersThemAllAgain() {
        Event source = publishedBy(owner);
        source.ticketTypes().forEach(type -> source.retireTicketType(type.id(), NOW));
        events.given(source);

        Event copy = cloningEvent.cloneEvent(owner, new CloneEventCommand(source.id(), null, Rescheduling.parse("P7D"), null));

        assertThat(copy.ticketTypes()).extracting(TicketType::name).containsExactly("Standard", "VIP");
        assertThat(copy.ticketTypes()).noneMatch(TicketType::isRetired);
    }

    @Test
    void startsAtMovesTheFirstSessionThereAndTheOthersAlongWithIt() {
        Event source = events.given(twoDays());

        Event copy = cloningEvent.cloneEvent(owner,
                new CloneEventCommand(source.id(), Instant.parse("2027-06-01T10:00:00Z"), null, null));

        assertThat(copy.details().title()).isEqualTo(source.details().title());
        assertThat(copy.sessions()).extracting(Session::startsAt).containsExactly(
                Instant.parse("2027-06-01T10:00:00Z"), Instant.parse("2027-06-02T10:00:00Z"));
    }

    @Test
    void shiftInDaysKeepsTheWallClockTimeAcrossADaylightSavingChange() {
        // 19:00 in Lisbon on 25 March (UTC+0) is 19:00 on 1 April too, though that is UTC+1 by then
        Instant concert = Instant.parse("2027-03-25T19:00:00Z");
        Session session = Session.plan("Concert", concert, concert.plusSeconds(7200));

        Instant moved = new Rescheduling.ByPeriod(java.time.Period.ofDays(7))
                .move(session.startsAt(), ZoneId.of("Europe/Lisbon"));

        assertThat(moved).isEqualTo(Instant.parse("2027-04-01T18:00:00Z"));
    }

    @Test
    void adminClonesAnyonesEventAndOwnsTheCopy() {
        Event source = events.given(publishedBy(owner));
        Caller admin = admin();

        Event copy = cloningEvent.cloneEvent(admin, new CloneEventCommand(source.id(), null, Rescheduling.parse("PT2H"), null));

        assertThat(copy.organizerId()).isEqualTo(admin.id());
    }

    @Test
    void anotherOrganizerMayNotCloneAndNobodyClonesAnUnseenDraft() {
        Event published = events.given(publishedBy(owner));
        Event draft = events.given(draftBy(owner));

        assertThatExceptionOfType(EventManagementNotPermitted.class).isThrownBy(() -> cloningEvent.cloneEvent(
                organizer(), new CloneEventCommand(published.id(), null, Rescheduling.parse("P7D"), null)));
        assertThatExceptionOfType(EventNotFound.class).isThrownBy(() -> cloningEvent.cloneEvent(
                organizer(), new CloneEventCommand(draft.id(), null, Rescheduling.parse("P7D"), null)));
        assertThat(events.writes()).isEmpty();
    }

    @Test
    void exactlyOneOfStartsAtAndShiftByIsGiven() {
        UUID id = UUID.randomUUID();
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new CloneEventCommand(id, null, null, null));
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new CloneEventCommand(id, NOW,
                Rescheduling.parse("P1D"), null));
        assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> Rescheduling.parse("next week"));
    }

    private Event twoDays() {
        return Event.draft(owner.id(), UseCaseFixtures.details("Java Day 2027"), List.of(
                        Session.plan("Day 1", Instant.parse("2027-03-01T09:00:00Z"), Instant.parse("2027-03-01T17:00:00Z")),
                        Session.plan("Day 2", Instant.parse("2027-03-02T09:00:00Z"), Instant.parse("2027-03-02T17:00:00Z"))),
                standardAndVip(), CREATED);
    }
}
