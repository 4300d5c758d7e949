package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.BookingInventory;
import com.evently.ticketing.event.application.port.out.CapacityBelowSoldConflict;
import com.evently.ticketing.event.domain.Event;
import com.evently.ticketing.event.domain.TicketType;
import com.evently.ticketing.event.domain.TicketTypeResized;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.event.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.event.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.event.application.UseCaseFixtures.publishedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ChangingCapacity}: booking is asked first, and put back when the catalog cannot store the change. */
class ChangingCapacityUseCaseTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryEvents events = new InMemoryEvents(transactions);
    private final RecordingIntegrationEvents integrationEvents = new RecordingIntegrationEvents(transactions);
    private final RecordingBooking booking = new RecordingBooking();
    private final ChangingCapacity changingCapacity = new ChangingCapacity(events, new OrganizerAccess(events),
            booking, integrationEvents, transactions, CLOCK);
    private final Caller owner = organizer();

    @Test
    void acceptedChangeIsStoredAndAnnounced() {
        Event event = events.given(publishedBy(owner));
        TicketType standard = event.ticketTypes().getFirst();

        Event changed = changingCapacity.change(owner, command(event, standard, 150));

        assertThat(changed.ticketTypes().getFirst().capacity()).isEqualTo(150);
        assertThat(booking.calls).containsExactly("change " + standard.id() + " to 150");
        assertThat(integrationEvents.announced()).singleElement().isInstanceOf(TicketTypeResized.class);
    }

    @Test
    void refusedChangeStoresNothing() {
        Event event = events.given(publishedBy(owner));
        TicketType standard = event.ticketTypes().getFirst();
        booking.sold = 60;

        assertThatThrownBy(() -> changingCapacity.change(owner, command(event, standard, 50)))
                .isInstanceOf(CapacityBelowSoldConflict.class);

        assertThat(events.writes()).isEmpty();
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void catalogFailingAfterBookingAcceptedPutsBookingBack() {
        Event event = events.given(publishedBy(owner));
        TicketType standard = event.ticketTypes().getFirst();
        events.anotherWriterWinsNextWrite();

        assertThatThrownBy(() -> changingCapacity.change(owner, command(event, standard, 150)))
                .isInstanceOf(StaleEventVersion.class);

        assertThat(booking.calls).containsExactly("change " + standard.id() + " to 150",
                "restore " + standard.id() + " to 100");
        assertThat(integrationEvents.announced()).isEmpty();
    }

    @Test
    void sameCapacityAsksNobody() {
        Event event = events.given(publishedBy(owner));
        TicketType standard = event.ticketTypes().getFirst();

        Event unchanged = changingCapacity.change(owner, command(event, standard, 100));

        assertThat(unchanged.version()).isEqualTo(event.version());
        assertThat(booking.calls).isEmpty();
    }

    private static ChangeCapacityCommand command(Event event, TicketType type, int capacity) {
        return new ChangeCapacityCommand(event.id(), event.version(), type.id(), capacity, UUID.randomUUID());
    }

    private static final class RecordingBooking implements BookingInventory {

        final List<String> calls = new ArrayList<>();
        int sold;

        @Override
        public void changeCapacity(UUID eventId, UUID ticketTypeId, int capacity, UUID changeId) {
            if (capacity < sold) {
                throw new CapacityBelowSoldConflict(capacity, sold);
            }
            calls.add("change " + ticketTypeId + " to " + capacity);
        }

        @Override
        public void restoreCapacity(UUID eventId, UUID ticketTypeId, int capacity, UUID failedChangeId) {
            calls.add("restore " + ticketTypeId + " to " + capacity);
        }
    }
}
