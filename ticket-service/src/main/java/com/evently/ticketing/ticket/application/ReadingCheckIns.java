package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.application.port.out.CheckIns;
import com.evently.ticketing.ticket.application.port.out.EventOrganizers;
import com.evently.ticketing.ticket.application.port.out.Tickets;
import com.evently.ticketing.ticket.domain.Actor;
import com.evently.ticketing.ticket.domain.CheckInCount;
import com.evently.ticketing.ticket.domain.CheckInNotPermitted;
import com.evently.ticketing.ticket.domain.Revocation;
import com.evently.ticketing.ticket.domain.Scanner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an event's check-in crew reads: the revocation list an offline scanner keeps (incrementally, from a time
 * on) and the admissions per session and gate. The event's organizer and administrators only.
 */
public class ReadingCheckIns {

    private final Tickets tickets;
    private final CheckIns checkIns;
    private final EventOrganizers organizers;

    public ReadingCheckIns(Tickets tickets, CheckIns checkIns, EventOrganizers organizers) {
        this.tickets = tickets;
        this.checkIns = checkIns;
        this.organizers = organizers;
    }

    /** @throws CheckInNotPermitted unless the caller scans this event's tickets (its crew, or its device) */
    public List<Revocation> revocations(Scanner scanner, UUID eventId, Instant since) {
        if (!scanner.mayScan(eventId, organizers.organizerOf(eventId))) {
            throw new CheckInNotPermitted("Only the event's organizer, an administrator or its devices read its revocations");
        }
        return tickets.revokedSince(eventId, since);
    }

    /** @throws CheckInNotPermitted unless the caller runs this event's check-in */
    public List<CheckInCount> counts(Actor actor, UUID eventId) {
        requireCrew(actor, eventId);
        return checkIns.countsOf(eventId);
    }

    private void requireCrew(Actor actor, UUID eventId) {
        if (!actor.mayRunCheckInOf(organizers.organizerOf(eventId))) {
            throw new CheckInNotPermitted("Only the event's organizer or an administrator runs its check-in");
        }
    }
}
