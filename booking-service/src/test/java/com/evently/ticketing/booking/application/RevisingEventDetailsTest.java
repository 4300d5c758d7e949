package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.domain.EventRevision;
import com.evently.ticketing.booking.domain.EventSnapshot;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RevisingEventDetailsTest {

    final InMemoryBookingCore core = new InMemoryBookingCore();
    final RevisingEventDetails revisingEventDetails = core.revisingEventDetails();

    @Test
    void revisionReplacesTitleVenueAndTimeZoneButNotSessionsOrTicketTypes() {
        EventSnapshot event = onSale();

        revisingEventDetails.revise(revision(event.eventId(), "Revised", 2));

        assertThat(core.eventSnapshots.find(event.eventId())).hasValueSatisfying(revised -> {
            assertThat(revised.title()).isEqualTo("Revised");
            assertThat(revised.venue()).isEqualTo("Venue of Revised");
            assertThat(revised.timeZone()).isEqualTo("Europe/Madrid");
            assertThat(revised.sessions()).isEqualTo(event.sessions());
            assertThat(revised.ticketTypes()).isEqualTo(event.ticketTypes());
        });
        assertThat(core.inventory.linesOf(event.eventId())).containsExactlyElementsOf(event.inventoryLines());
    }

    @Test
    void olderRevisionArrivingAfterANewerOneChangesNothing() {
        EventSnapshot event = onSale();
        revisingEventDetails.revise(revision(event.eventId(), "Version 3", 3));

        revisingEventDetails.revise(revision(event.eventId(), "Version 2", 2));

        assertThat(core.eventSnapshots.find(event.eventId()).orElseThrow().title()).isEqualTo("Version 3");
    }

    @Test
    void revisionOfAnEventBookingNeverReceivedIsIgnored() {
        UUID neverPublished = UUID.randomUUID();

        revisingEventDetails.revise(revision(neverPublished, "Revised", 2));

        assertThat(core.eventSnapshots.find(neverPublished)).isEmpty();
    }

    private EventSnapshot onSale() {
        EventSnapshot event = TestEvents.eventOnSale(10);
        core.stockingInventory().stock(new StockInventoryCommand(event));
        return event;
    }

    private static ReviseEventDetailsCommand revision(UUID eventId, String title, long version) {
        return new ReviseEventDetailsCommand(
                new EventRevision(eventId, title, "Venue of " + title, "Europe/Madrid", version));
    }
}
