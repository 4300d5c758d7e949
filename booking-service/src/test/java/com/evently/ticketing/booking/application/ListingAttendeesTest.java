package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Attendees;
import com.evently.ticketing.booking.domain.AttendeePage;
import com.evently.ticketing.booking.domain.AttendeeQuery;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.SeatClaim;
import com.evently.ticketing.booking.domain.SeatId;
import com.evently.ticketing.booking.domain.SeatTransfer;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ListingAttendees asks who may see the list before any seat is read; AttendeeListTest covers the query itself. */
class ListingAttendeesTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final ReadAttendees attendees = new ReadAttendees();
    final ListingAttendees listingAttendees = new ListingAttendees(new EventOrganizerAccess(core.eventSnapshots),
            attendees);
    EventSnapshot event;

    /** Answers every query with an empty page of the size asked, and remembers the queries. */
    static final class ReadAttendees implements Attendees {

        final List<AttendeeQuery> queries = new ArrayList<>();

        @Override
        public AttendeePage find(AttendeeQuery query) {
            queries.add(query);
            return new AttendeePage(List.of(), query.page(), query.size(), 0);
        }

        @Override
        public boolean updateHolder(SeatTransfer transfer) {
            throw new UnsupportedOperationException("listing changes nothing");
        }

        @Override
        public boolean updateHolder(SeatClaim claim) {
            throw new UnsupportedOperationException("listing changes nothing");
        }

        @Override
        public void markCheckedIn(SeatId seatId, Instant checkedInAt) {
            throw new UnsupportedOperationException("listing changes nothing");
        }
    }

    @BeforeEach
    void publishAnEvent() {
        event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
    }

    AttendeeQuery secondPageOf(UUID eventId) {
        return new AttendeeQuery(eventId, "ana", null, null, null, null, 1, 25);
    }

    @Test
    void theOrganizerGetsThePageTheQueryAsksFor() {
        Caller organizer = new Caller(event.organizerId(), Set.of(Role.USER, Role.ORGANIZER));

        AttendeePage page = listingAttendees.list(secondPageOf(event.eventId()), organizer);

        assertThat(page).isEqualTo(new AttendeePage(List.of(), 1, 25, 0));
        assertThat(attendees.queries).containsExactly(secondPageOf(event.eventId()));
    }

    @Test
    void anotherOrganizerIsRefusedBeforeAnySeatIsRead() {
        Caller other = new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ORGANIZER));

        assertThatThrownBy(() -> listingAttendees.list(secondPageOf(event.eventId()), other))
                .isInstanceOf(OrganizerViewNotPermitted.class);
        assertThat(attendees.queries).isEmpty();
    }

    @Test
    void anEventBookingNeverReceivedIsNotFoundEvenForAnAdmin() {
        Caller admin = new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ADMIN));

        assertThatThrownBy(() -> listingAttendees.list(secondPageOf(UUID.randomUUID()), admin))
                .isInstanceOf(EventNotFound.class);
        assertThat(attendees.queries).isEmpty();
    }
}
