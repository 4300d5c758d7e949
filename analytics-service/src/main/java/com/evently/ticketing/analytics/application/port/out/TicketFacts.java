package com.evently.ticketing.analytics.application.port.out;

import com.evently.ticketing.analytics.domain.CheckIn;
import com.evently.ticketing.analytics.domain.IssuedTickets;
import com.evently.ticketing.analytics.domain.TicketTransfer;
import com.evently.ticketing.analytics.domain.UndoneCheckIn;
import com.evently.ticketing.analytics.domain.VoidedTickets;

/** Tickets and their admissions, each kept once however often it is announced. */
public interface TicketFacts {

    /** @return whether this was the ticket's first admission (a later one, or the same announced again, is not) */
    boolean recordCheckIn(CheckIn checkIn);

    void recordIssued(IssuedTickets tickets);

    void recordTransfer(TicketTransfer transfer);

    /** A ticket keeps the first time it was voided. */
    void recordVoided(VoidedTickets voided);

    /** Forgets the ticket's admission, so that its next one counts again. */
    void forgetCheckIn(UndoneCheckIn undone);
}
