package com.evently.ticketing.analytics.application;

import com.evently.ticketing.analytics.application.port.out.TicketFacts;
import com.evently.ticketing.analytics.domain.CheckIn;
import com.evently.ticketing.analytics.domain.IssuedTickets;
import com.evently.ticketing.analytics.domain.TicketTransfer;
import com.evently.ticketing.analytics.domain.UndoneCheckIn;
import com.evently.ticketing.analytics.domain.VoidedTickets;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@link TicketFacts} with the same keys as the tables: one admission and one row per ticket. */
final class InMemoryTicketFacts implements TicketFacts {

    final Map<UUID, CheckIn> checkIns = new LinkedHashMap<>();
    final Set<UUID> tickets = new HashSet<>();
    final Set<UUID> revoked = new HashSet<>();
    final Set<UUID> voided = new HashSet<>();

    @Override
    public boolean recordCheckIn(CheckIn checkIn) {
        return checkIns.putIfAbsent(checkIn.ticketId(), checkIn) == null;
    }

    @Override
    public void recordIssued(IssuedTickets issued) {
        tickets.addAll(issued.ticketIds());
    }

    @Override
    public void recordTransfer(TicketTransfer transfer) {
        tickets.add(transfer.ticketId());
        tickets.add(transfer.previousTicketId());
        revoked.add(transfer.previousTicketId());
    }

    @Override
    public void recordVoided(VoidedTickets voidedTickets) {
        tickets.addAll(voidedTickets.ticketIds());
        voided.addAll(voidedTickets.ticketIds());
    }

    @Override
    public void forgetCheckIn(UndoneCheckIn undone) {
        checkIns.remove(undone.ticketId());
    }
}
