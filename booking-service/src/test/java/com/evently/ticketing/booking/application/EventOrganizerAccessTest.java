package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.platform.domain.Caller;
import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventOrganizerAccessTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final EventOrganizerAccess access = new EventOrganizerAccess(core.eventSnapshots);
    EventSnapshot event;

    @BeforeEach
    void publishAnEvent() {
        event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
    }

    @Test
    void theEventsOrganizerSeesIt() {
        Caller organizer = new Caller(event.organizerId(), Set.of(Role.USER, Role.ORGANIZER));

        assertThat(access.eventShownTo(organizer, event.eventId(), "attendees")).isEqualTo(event);
    }

    @Test
    void anAdminSeesAnyEvent() {
        Caller admin = new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ADMIN));

        assertThat(access.eventShownTo(admin, event.eventId(), "attendees")).isEqualTo(event);
    }

    @Test
    void anotherOrganizerIsNotPermitted() {
        Caller other = new Caller(UUID.randomUUID(), Set.of(Role.USER, Role.ORGANIZER));

        assertThatThrownBy(() -> access.eventShownTo(other, event.eventId(), "attendees"))
                .isInstanceOf(OrganizerViewNotPermitted.class);
    }

    /** Decided by the role before the event is looked up: an attendee learns nothing about which events exist. */
    @Test
    void anAttendeeIsNotPermittedEvenForAnUnknownEvent() {
        Caller attendee = new Caller(event.organizerId(), Set.of(Role.USER));

        assertThatThrownBy(() -> access.eventShownTo(attendee, event.eventId(), "feedback"))
                .isInstanceOf(OrganizerViewNotPermitted.class);
        assertThatThrownBy(() -> access.eventShownTo(attendee, UUID.randomUUID(), "feedback"))
                .isInstanceOf(OrganizerViewNotPermitted.class);
    }

    @Test
    void anUnknownEventIsNotFound() {
        Caller admin = new Caller(UUID.randomUUID(), Set.of(Role.ADMIN));

        assertThatThrownBy(() -> access.eventShownTo(admin, UUID.randomUUID(), "attendees"))
                .isInstanceOf(EventNotFound.class);
    }
}
