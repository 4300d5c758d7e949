package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.application.port.out.Waitlist;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.platform.domain.Transactions;

import java.util.UUID;

/** Takes a user off a line's waiting list; an offer already made stays theirs to accept or decline. */
public final class LeavingWaitlist {

    private final Transactions transactions;
    private final Inventory inventory;
    private final Waitlist waitlist;

    public LeavingWaitlist(Transactions transactions, Inventory inventory, Waitlist waitlist) {
        this.transactions = transactions;
        this.inventory = inventory;
        this.waitlist = waitlist;
    }

    /** @throws WaitlistEntryNotFound when the user does not wait on that line */
    public void leave(UUID userId, InventoryLineKey line) {
        transactions.inTransaction(() -> {
            // Line first: an offer being made for this very entry either finished (the entry is gone: 404) or
            // waits for this to commit and no longer finds it.
            if (inventory.lockLine(line).isEmpty() || !waitlist.removeOf(userId, line)) {
                throw new WaitlistEntryNotFound();
            }
        });
    }
}
