package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CancelledBooking;
import com.evently.ticketing.ticket.domain.CheckIn;
import com.evently.ticketing.ticket.domain.ConfirmedBooking;
import com.evently.ticketing.ticket.domain.PassKey;
import com.evently.ticketing.ticket.domain.ScanAnswer;
import com.evently.ticketing.ticket.domain.ScanResult;
import com.evently.ticketing.ticket.domain.Scanner;
import com.evently.ticketing.ticket.domain.Ticket;
import com.evently.ticketing.ticket.domain.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.evently.ticketing.ticket.application.UseCaseFixtures.CLOCK;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.NOW;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.RANDOM;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.admin;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.confirmedBookingStartingAt;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.organizer;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.signingPasses;
import static com.evently.ticketing.ticket.application.UseCaseFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link CheckingIn} and {@link UndoingCheckIn} against in-memory ports: every answer a scanner can get. */
class CheckingInTest {

    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final InMemoryTickets tickets = new InMemoryTickets();
    private final InMemoryKnownBookings knownBookings = new InMemoryKnownBookings();
    private final InMemoryPassKeys passKeys = new InMemoryPassKeys();
    private final ReadablePassTokens passTokens = new ReadablePassTokens();
    private final InMemoryCheckIns checkIns = new InMemoryCheckIns();
    private final InMemoryEventOrganizers organizers = new InMemoryEventOrganizers();
    private final RecordingTicketEvents events = new RecordingTicketEvents(transactions::active);
    private final IssuingTickets issuingTickets = new IssuingTickets(transactions, knownBookings, tickets, events,
            count -> { }, signingPasses(passKeys, passTokens), RANDOM, CLOCK);
    private final List<ScanResult> answered = new ArrayList<>();
    private final CheckingIn checkingIn = new CheckingIn(transactions, checkIns, tickets, organizers, passKeys,
            passTokens, events, answered::add, CLOCK);
    private final UndoingCheckIn undoingCheckIn = new UndoingCheckIn(transactions, checkIns, tickets, organizers,
            events, CLOCK);

    private final Actor organizer = organizer();

    @Test
    void firstScanAdmitsAndLaterScansAreToldWhenAndWhere() {
        Ticket ticket = ticketStartingAt(NOW.plus(Duration.ofHours(1)));

        ScanAnswer first = checkingIn.scan(Scanner.crew(organizer), scan(ticket, "North door"));
        ScanAnswer second = checkingIn.scan(Scanner.crew(organizer), scan(ticket, "South door"));

        assertThat(first).isEqualTo(new ScanAnswer(ScanResult.ADMITTED, ticket.id(), "AD", NOW, "North door"));
        assertThat(second).isEqualTo(new ScanAnswer(ScanResult.ALREADY_CHECKED_IN, ticket.id(), "AD", NOW, "North door"));
        assertThat(events.checkedIn).singleElement().satisfies(checkIn -> {
            assertThat(checkIn.ticketId()).isEqualTo(ticket.id());
            assertThat(checkIn.scannedBy()).isEqualTo(organizer.id());
            assertThat(checkIn.offline()).isFalse();
        });
        assertThat(events.insideTransaction).containsOnly(true);
    }

    @Test
    void sameScanSentAgainGetsTheSameAnswer() {
        Ticket ticket = ticketStartingAt(NOW.plus(Duration.ofHours(1)));
        Scan scan = scan(ticket, "North door");

        ScanAnswer first = checkingIn.scan(Scanner.crew(organizer), scan);
        ScanAnswer again = checkingIn.scan(Scanner.crew(organizer), scan);

        assertThat(again).isEqualTo(first);
        assertThat(again.result()).isEqualTo(ScanResult.ADMITTED);
        assertThat(events.checkedIn).hasSize(1);
        // a replayed answer is not a second scan at the door
        assertThat(answered).containsExactly(ScanResult.ADMITTED);
    }

    @Test
    void voidOrRevokedTicketIsRefusedWhateverTheWindow() {
        Ticket ticket = ticketStartingAt(NOW.plus(Duration.ofHours(1)));
        new ApplyingBookingCancellation(transactions, knownBookings, tickets, events, CLOCK)
                .apply(new CancelledBooking(ticket.bookingId(), "Event cancelled"));
        Ticket other = ticketStartingAt(NOW.plus(Duration.ofHours(1)));
        tickets.updateStatus(List.of(new Ticket(other.id(), other.bookingId(), other.seatId(), other.userId(),
                other.eventId(), other.sessionId(), other.ticketTypeId(), other.holder(), other.event(), other.code(),
                other.pass(), TicketStatus.REVOKED, other.issuedAt(), NOW, "Transferred")));

        assertThat(checkingIn.scan(Scanner.crew(organizer), scan(ticket, null)).result()).isEqualTo(ScanResult.VOID);
        assertThat(checkingIn.scan(Scanner.crew(organizer), scan(other, null)).result()).isEqualTo(ScanResult.REVOKED);
        assertThat(checkIns.admissionsOf(ticket.id())).isZero();
    }

    @Test
    void scanOutsideTheWindowIsNotYetValidOrExpired() {
        Ticket tomorrowWeek = ticketStartingAt(NOW.plus(Duration.ofDays(7)));
        Ticket lastWeek = ticketStartingAt(NOW.minus(Duration.ofDays(7)));

        assertThat(checkingIn.scan(Scanner.crew(organizer), scan(tomorrowWeek, null)).result()).isEqualTo(ScanResult.NOT_YET_VALID);
        assertThat(checkingIn.scan(Scanner.crew(organizer), scan(lastWeek, null)).result()).isEqualTo(ScanResult.EXPIRED);
    }

    @Test
    void unreadableOrUnknownKeysPassIsInvalid() {
        Ticket ticket = ticketStartingAt(NOW.plus(Duration.ofHours(1)));
        // a pass naming a key that is not published
        String unknownKey = passTokens.sign(passTokens.claimsOf(ticket.pass()), PassKey.generate(RANDOM, NOW)).token();
        passKeys.verificationKeys(); // only the active key is published

        assertThat(checkingIn.scan(Scanner.crew(organizer), new Scan("garbage", null, UUID.randomUUID(), null, null)))
                .isEqualTo(ScanAnswer.invalid());
        assertThat(checkingIn.scan(Scanner.crew(organizer), new Scan(unknownKey, null, UUID.randomUUID(), null, null)).result())
                .isEqualTo(ScanResult.INVALID);
    }

    @Test
    void anotherOrganizersEventOrAnotherGatesEventIsWrongEvent() {
        Ticket ticket = ticketStartingAt(NOW.plus(Duration.ofHours(1)));

        assertThat(checkingIn.scan(Scanner.crew(organizer()), scan(ticket, null)).result()).isEqualTo(ScanResult.WRONG_EVENT);
        assertThat(checkingIn.scan(Scanner.crew(organizer), new Scan(ticket.pass().token(), null, UUID.randomUUID(), UUID.randomUUID(),
                null)).result()).isEqualTo(ScanResult.WRONG_EVENT);
        assertThat(checkingIn.scan(Scanner.crew(user(UUID.randomUUID())), scan(ticket, null)).result())
                .isEqualTo(ScanResult.WRONG_EVENT);
        assertThat(checkingIn.scan(Scanner.crew(admin()), scan(ticket, null)).result()).isEqualTo(ScanResult.ADMITTED);
    }

    @Test
    void offlineBatchAdmitsTheFirstScanByTimeAndListsTheOthersAsConflicts() {
        Ticket ticket = ticketStartingAt(NOW.minus(Duration.ofMinutes(30)));
        // synced first, though made last: a live scan five minutes ago
        Instant live = NOW.minus(Duration.ofMinutes(5));
        Scan late = new Scan(ticket.pass().token(), "South door", UUID.randomUUID(), null, live);
        checkingIn.sync(Scanner.crew(organizer), List.of(late));
        Scan early = new Scan(ticket.pass().token(), "North door", UUID.randomUUID(), null, NOW.minus(Duration.ofMinutes(20)));
        Scan middle = new Scan(ticket.pass().token(), "East door", UUID.randomUUID(), null, NOW.minus(Duration.ofMinutes(10)));

        SyncedScans synced = checkingIn.sync(Scanner.crew(organizer), List.of(middle, early));

        assertThat(synced.answers()).extracting(SyncedScans.Answered::scanId).containsExactly(early.scanId(), middle.scanId());
        assertThat(synced.answers().getFirst().answer().result()).isEqualTo(ScanResult.ADMITTED);
        assertThat(synced.answers().getLast().answer().result()).isEqualTo(ScanResult.ALREADY_CHECKED_IN);
        assertThat(synced.conflicts()).containsExactlyInAnyOrder(
                new SyncedScans.Conflict(late.scanId(), ticket.id(), early.scanId(), early.scannedAt(), "North door"),
                new SyncedScans.Conflict(middle.scanId(), ticket.id(), early.scanId(), early.scannedAt(), "North door"));
        assertThat(checkIns.current(ticket.id())).map(CheckIn::scanId).contains(early.scanId());
        assertThat(events.checkedIn).hasSize(1);
    }

    @Test
    void offlineScanIsJudgedAtItsScanTime() {
        Ticket ticket = ticketStartingAt(NOW.minus(Duration.ofDays(1)));

        // made during the session, synced a day later when its window has closed
        SyncedScans synced = checkingIn.sync(Scanner.crew(organizer), List.of(new Scan(ticket.pass().token(), null, UUID.randomUUID(),
                null, NOW.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(5)))));

        assertThat(synced.answers().getFirst().answer().result()).isEqualTo(ScanResult.ADMITTED);
        assertThat(checkIns.current(ticket.id())).map(CheckIn::offline).contains(true);
    }

    @Test
    void deviceScansItsOwnEventOnlyAndIsRecordedAsTheScanner() {
        Ticket ours = ticketStartingAt(NOW.plus(Duration.ofHours(1)));
        Ticket theirs = ticketStartingAt(NOW.plus(Duration.ofHours(1)));
        UUID deviceId = UUID.randomUUID();
        Scanner device = new Scanner.Device(deviceId, ours.eventId());

        assertThat(checkingIn.scan(device, scan(theirs, null)).result()).isEqualTo(ScanResult.WRONG_EVENT);
        assertThat(checkingIn.scan(device, scan(ours, "North door")).result()).isEqualTo(ScanResult.ADMITTED);
        assertThat(events.checkedIn).singleElement().satisfies(checkIn -> {
            assertThat(checkIn.deviceId()).isEqualTo(deviceId);
            assertThat(checkIn.scannedBy()).isNull();
        });
    }

    @Test
    void undoneAdmissionLetsTheTicketBeAdmittedAgain() {
        Ticket ticket = ticketStartingAt(NOW.plus(Duration.ofHours(1)));
        checkingIn.scan(Scanner.crew(organizer), scan(ticket, "North door"));

        assertThatExceptionOfType(com.evently.ticketing.ticket.domain.CheckInNotPermitted.class)
                .isThrownBy(() -> undoingCheckIn.undo(organizer(), ticket.id()));
        assertThat(undoingCheckIn.undo(organizer, ticket.id())).isTrue();
        assertThat(undoingCheckIn.undo(organizer, ticket.id())).isFalse();
        assertThat(events.checkInsUndone).extracting(Ticket::id).containsExactly(ticket.id());
        assertThat(checkingIn.scan(Scanner.crew(organizer), scan(ticket, "South door")).result()).isEqualTo(ScanResult.ADMITTED);
    }

    private Ticket ticketStartingAt(Instant startsAt) {
        ConfirmedBooking booking = confirmedBookingStartingAt(UUID.randomUUID(), 1, startsAt);
        organizers.record(booking.eventId(), organizer.id());
        issuingTickets.issueFor(booking);
        return tickets.ofBooking(booking.bookingId()).getFirst();
    }

    private static Scan scan(Ticket ticket, String gate) {
        return new Scan(ticket.pass().token(), gate, UUID.randomUUID(), null, null);
    }
}
