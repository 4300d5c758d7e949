package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Bookings;
import com.evently.ticketing.booking.application.port.out.CancelledEvents;
import com.evently.ticketing.booking.application.port.out.CompletedEvents;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.application.port.out.WaitlistOffers;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.SeatLimit;
import com.evently.ticketing.booking.domain.SeatLimitConflict;
import com.evently.ticketing.booking.domain.UserSeatLimit;
import com.evently.ticketing.booking.domain.WaitlistEntry;
import com.evently.ticketing.platform.domain.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Puts a user at the end of a sold-out line's waiting list. */
public final class JoiningWaitlist {

    private final Transactions transactions;
    private final Inventory inventory;
    private final CancelledEvents cancelledEvents;
    private final CompletedEvents completedEvents;
    private final Waitlist waitlist;
    private final WaitlistOffers offers;
    private final Bookings bookings;
    private final SeatLimit seatLimit;
    private final UserSeatLimit userSeatLimit;
    private final Clock clock;

    public JoiningWaitlist(Transactions transactions, Inventory inventory, CancelledEvents cancelledEvents,
                           CompletedEvents completedEvents,
                           Waitlist waitlist, WaitlistOffers offers, Bookings bookings, SeatLimit seatLimit,
                           UserSeatLimit userSeatLimit, Clock clock) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.cancelledEvents = cancelledEvents;
        this.completedEvents = completedEvents;
        this.waitlist = waitlist;
        this.offers = offers;
        this.bookings = bookings;
        this.seatLimit = seatLimit;
        this.userSeatLimit = userSeatLimit;
        this.clock = clock;
    }

    /**
     * @return the new entry and its place in line
     * @throws com.evently.ticketing.booking.domain.TooManySeats when more seats are asked for than one booking may take
     * @throws InventoryLineNotFound    when the event does not sell that session and ticket type
     * @throws EventCancelledConflict   when the event was cancelled
     * @throws SeatsStillOnSaleConflict when the line still has the seats asked for: they can be booked
     * @throws AlreadyWaitingConflict   when the user already waits on the line or holds an open offer of it
     * @throws SeatLimitConflict        when the seats waited for would take the user over the line's per-user limit
     */
    public Waitlist.Standing join(JoinWaitlistCommand command) {
        seatLimit.check(command.quantity());
        return transactions.inTransaction(() -> {
            // Under the line's lock, like everything that reads or changes its waiting list: the seats read here
            // and the order of the list cannot change until this commits (see OfferingReleasedSeats).
            InventoryLine line = inventory.lockLine(command.line())
                    .orElseThrow(() -> new InventoryLineNotFound(command.line()));
            cancelledEvents.find(command.line().eventId()).ifPresent(cancellation -> {
                throw new EventCancelledConflict(cancellation);
            });
            completedEvents.find(command.line().eventId()).ifPresent(completion -> {
                throw new EventCompletedConflict(completion);
            });
            if (line.retired()) {
                throw new TicketTypeRetiredConflict(command.line());
            }
            // "Sold out" for this user: fewer seats left than they need. Seats that fit nobody in line stay on sale.
            if (line.available() >= command.quantity()) {
                throw new SeatsStillOnSaleConflict(command.line(), line.available());
            }
            if (offers.hasOpen(command.buyer().userId(), command.line())) {
                throw new AlreadyWaitingConflict();
            }
            // Refused now rather than when the seats are offered: an offer the user may not accept would hold seats
            // others in line could have had. Counted under the line's lock, like a booking's (see PlacingBooking).
            userSeatLimit.check(line, heldOn(command), command.quantity());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            WaitlistEntry entry = WaitlistEntry.join(command.buyer(), command.line(), command.quantity(), now);
            if (!waitlist.add(entry)) {
                throw new AlreadyWaitingConflict();
            }
            return waitlist.standingsOf(command.buyer().userId(), command.line().eventId()).stream()
                    .filter(standing -> standing.entry().id().equals(entry.id()))
                    .findFirst().orElseThrow();
        });
    }

    private int heldOn(JoinWaitlistCommand command) {
        return bookings.seatsHeldBy(command.buyer().userId(), command.line())
                + offers.openSeatsOf(command.buyer().userId(), command.line());
    }
}
