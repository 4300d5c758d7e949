package com.evently.ticketing.booking;

import com.evently.ticketing.booking.BookingApi.Booking;
import com.evently.ticketing.booking.OrganizerApi.Attendee;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.ticket.TicketCheckedIn;
import com.evently.ticketing.contracts.ticket.TicketClaimed;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.booking.OrganizerApi.bookingOf;
import static org.assertj.core.api.Assertions.assertThat;

/** ticket-service's transfers and check-ins, consumed from the real broker, as the organizer's attendee list shows them. */
class TicketEventsConsumerTest extends BookingServiceIntegrationTest {

    static final Instant NOON = Instant.parse("2027-03-01T12:00:00Z");

    OrganizerApi organizerApi;
    TestUser organizer = TestUser.organizer();
    TestUser buyer = TestUser.attendee();
    EventPublished event;
    Booking booking;
    UUID seat;
    UUID otherSeat;

    @BeforeEach
    void sellTwoSeats() {
        organizerApi = new OrganizerApi(http);
        event = OrganizerApi.organizedBy(organizer, CatalogEvents.eventOnSale(1, 1, 10));
        api.putOnSale(event);
        booking = api.placeConfirmed(buyer, bookingOf(event, 0, 0, 2));
        seat = booking.seatIds().getFirst();
        otherSeat = booking.seatIds().get(1);
    }

    @Test
    void transferShowsTheNewHolderOfThatSeatOnly() {
        inbox.awaitProcessed(TicketEvents.publish(
                TicketEvents.transfer(booking, seat, UUID.randomUUID(), "Carla Gomes", "carla@example.com", NOON)));

        assertThat(row(seat).holderName()).isEqualTo("Carla Gomes");
        assertThat(row(seat).holderEmail()).isEqualTo("carla@example.com");
        assertThat(row(otherSeat).holderEmail()).isEqualTo(buyer.email());
    }

    @Test
    void aNamelessNewHolderDoesNotInheritTheBuyersName() {
        inbox.awaitProcessed(TicketEvents.publish(
                TicketEvents.transfer(booking, seat, UUID.randomUUID(), null, "anon@example.com", NOON)));

        assertThat(row(seat).holderName()).isNull();
        assertThat(row(seat).holderEmail()).isEqualTo("anon@example.com");
        assertThat(row(otherSeat).holderName()).isEqualTo(buyer.name());
    }

    @Test
    void aClaimShowsTheClaimantAndTheTransferAnnouncedAgainDoesNotUndoIt() {
        TicketTransferred heldForAClaim = TicketEvents.transfer(booking, seat, UUID.randomUUID(), "Carla",
                "carla@example.com", NOON);
        inbox.awaitProcessed(TicketEvents.publish(heldForAClaim));
        TicketClaimed claimed = TicketEvents.claim(heldForAClaim, "Carla Gomes", "carla.gomes@example.org",
                NOON.plusSeconds(60));
        inbox.awaitProcessed(TicketEvents.publish(claimed));

        assertThat(row(seat).holderName()).isEqualTo("Carla Gomes");
        assertThat(row(seat).holderEmail()).isEqualTo("carla.gomes@example.org");
        assertThat(row(otherSeat).holderEmail()).isEqualTo(buyer.email());

        // a replay under new event ids (a redrive from the dead-letter topic, say)
        inbox.awaitProcessed(TicketEvents.publish(heldForAClaim));
        inbox.awaitProcessed(TicketEvents.publish(claimed));
        assertThat(row(seat).holderEmail()).isEqualTo("carla.gomes@example.org");
    }

    @Test
    void aClaimDoesNotUndoTheClaimedTicketsLaterTransfer() {
        TicketTransferred heldForAClaim = TicketEvents.transfer(booking, seat, UUID.randomUUID(), "Carla",
                "carla@example.com", NOON);
        inbox.awaitProcessed(TicketEvents.publish(heldForAClaim));
        TicketClaimed claimed = TicketEvents.claim(heldForAClaim, "Carla Gomes", "carla.gomes@example.org",
                NOON.plusSeconds(60));
        inbox.awaitProcessed(TicketEvents.publish(claimed));
        TicketTransferred toDan = TicketEvents.transfer(booking, seat, heldForAClaim.ticketId(), "Dan",
                "dan@example.com", NOON.plusSeconds(120));
        inbox.awaitProcessed(TicketEvents.publish(toDan));

        inbox.awaitProcessed(TicketEvents.publish(claimed));

        assertThat(row(seat).holderEmail()).isEqualTo("dan@example.com");
    }

    @Test
    void anUnclaimedTicketBackWithItsGiverShowsTheGiverAgain() {
        TicketTransferred heldForAClaim = TicketEvents.transfer(booking, seat, UUID.randomUUID(), "Carla",
                "carla@example.com", NOON);
        inbox.awaitProcessed(TicketEvents.publish(heldForAClaim));
        TicketReturned returned = TicketEvents.returned(heldForAClaim, buyer.name(), buyer.email(),
                NOON.plusSeconds(3600));

        inbox.awaitProcessed(TicketEvents.publish(returned));
        assertThat(row(seat).holderEmail()).isEqualTo(buyer.email());
        assertThat(row(seat).holderName()).isEqualTo(buyer.name());

        // the transfer announced again (a replay) does not hand the seat back to the address that never claimed it
        inbox.awaitProcessed(TicketEvents.publish(heldForAClaim));
        assertThat(row(seat).holderEmail()).isEqualTo(buyer.email());
    }

    @Test
    void checkInShowsTheScanTime() {
        inbox.awaitProcessed(TicketEvents.publish(TicketEvents.checkIn(booking, seat, NOON)));

        assertThat(row(seat).checkedInAt()).isEqualTo(NOON);
        assertThat(row(otherSeat).checkedInAt()).isNull();
    }

    @Test
    void redeliveriesChangeNothing() {
        TicketTransferred toCarla = TicketEvents.transfer(booking, seat, UUID.randomUUID(), "Carla", "carla@example.com", NOON);
        String transferId = TicketEvents.publish(toCarla);
        inbox.awaitProcessed(transferId);
        TicketTransferred toDan = TicketEvents.transfer(booking, seat, toCarla.ticketId(), "Dan", "dan@example.com",
                NOON.plusSeconds(60));
        inbox.awaitProcessed(TicketEvents.publish(toDan));
        TicketCheckedIn checkIn = TicketEvents.checkIn(booking, seat, NOON.plusSeconds(120));
        String checkInId = TicketEvents.publish(checkIn);
        inbox.awaitProcessed(checkInId);

        TicketEvents.redeliver(toCarla, transferId);
        TicketEvents.redeliver(checkIn, checkInId);
        awaitEverythingConsumedFor(booking);

        assertThat(inbox.rowsFor(transferId)).isEqualTo(1);
        assertThat(inbox.rowsFor(checkInId)).isEqualTo(1);
        assertThat(row(seat).holderEmail()).isEqualTo("dan@example.com");
        assertThat(row(seat).checkedInAt()).isEqualTo(NOON.plusSeconds(120));
    }

    @Test
    void anOlderTransferArrivingLateDoesNotBringTheEarlierHolderBack() {
        UUID firstTicket = UUID.randomUUID();
        TicketTransferred toCarla = TicketEvents.transfer(booking, seat, firstTicket, "Carla", "carla@example.com", NOON);
        TicketTransferred toDan = TicketEvents.transfer(booking, seat, toCarla.ticketId(), "Dan", "dan@example.com",
                NOON.plusSeconds(60));

        inbox.awaitProcessed(TicketEvents.publish(toDan));
        inbox.awaitProcessed(TicketEvents.publish(toCarla));

        assertThat(row(seat).holderEmail()).isEqualTo("dan@example.com");
    }

    /** The ticket chain outranks the timestamps: the ticket service's replicas may disagree on the time. */
    @Test
    void theTicketChainDecidesEvenAgainstSkewedTimestamps() {
        TicketTransferred toCarla = TicketEvents.transfer(booking, seat, UUID.randomUUID(), "Carla", "carla@example.com",
                NOON.plusSeconds(60));
        TicketTransferred toDan = TicketEvents.transfer(booking, seat, toCarla.ticketId(), "Dan", "dan@example.com",
                NOON);
        inbox.awaitProcessed(TicketEvents.publish(toCarla));
        inbox.awaitProcessed(TicketEvents.publish(toDan));
        assertThat(row(seat).holderEmail()).as("the successor of the current ticket").isEqualTo("dan@example.com");

        TicketTransferred toErin = TicketEvents.transfer(booking, otherSeat, UUID.randomUUID(), "Erin", "erin@example.com",
                NOON.plusSeconds(60));
        TicketTransferred toFrank = TicketEvents.transfer(booking, otherSeat, toErin.ticketId(), "Frank",
                "frank@example.com", NOON);
        inbox.awaitProcessed(TicketEvents.publish(toFrank));
        inbox.awaitProcessed(TicketEvents.publish(toErin));
        assertThat(row(otherSeat).holderEmail()).as("the predecessor of the current ticket").isEqualTo("frank@example.com");
    }

    @Test
    void theEarliestAdmissionStays() {
        inbox.awaitProcessed(TicketEvents.publish(TicketEvents.checkIn(booking, seat, NOON.plusSeconds(60))));
        inbox.awaitProcessed(TicketEvents.publish(TicketEvents.checkIn(booking, seat, NOON)));
        inbox.awaitProcessed(TicketEvents.publish(TicketEvents.checkIn(booking, seat, NOON.plusSeconds(30))));

        assertThat(row(seat).checkedInAt()).isEqualTo(NOON);
    }

    @Test
    void eventsForSeatsBookingDoesNotHoldAndOtherTypesAreLeftAlone() {
        List<Attendee> before = organizerApi.attendeesOk(organizer, event.eventId()).items();
        String issued = TestEventBus.publish(EventTypes.TICKETS_ISSUED, booking.id().toString(), "{}");
        inbox.awaitProcessed(TicketEvents.publish(
                TicketEvents.transfer(booking, UUID.randomUUID(), UUID.randomUUID(), "Ghost", "ghost@example.com", NOON)));
        inbox.awaitProcessed(TicketEvents.publish(TicketEvents.checkIn(booking, UUID.randomUUID(), NOON)));
        awaitEverythingConsumedFor(booking);

        assertThat(inbox.rowsFor(issued)).isZero();
        assertThat(organizerApi.attendeesOk(organizer, event.eventId()).items()).isEqualTo(before);
    }

    /** Records with the booking's key share a partition: once a check-in published last is in, so is all before it. */
    private void awaitEverythingConsumedFor(Booking booking) {
        inbox.awaitProcessed(TicketEvents.publish(TicketEvents.checkIn(booking, UUID.randomUUID(), NOON)));
    }

    private Attendee row(UUID seatId) {
        return organizerApi.attendeesOk(organizer, event.eventId()).items().stream()
                .filter(row -> row.seatId().equals(seatId)).findFirst().orElseThrow();
    }
}
