package com.evently.ticketing.ticket.domain;

import com.evently.ticketing.platform.domain.Role;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

    private final Ticket ticket = Bookings.withSeats(1).issueTickets(new SecureRandom(), Instant.now(), Bookings.PASSES).tickets().getFirst();

    @Test
    void holderReadsOwnTicket() {
        assertThat(new Actor(ticket.userId(), Set.of(Role.USER)).mayRead(ticket)).isTrue();
    }

    @Test
    void adminReadsAnyTicket() {
        assertThat(new Actor(UUID.randomUUID(), Set.of(Role.USER, Role.ADMIN)).mayRead(ticket)).isTrue();
    }

    @Test
    void anotherUserOrOrganizerDoesNotReadTheTicket() {
        assertThat(new Actor(UUID.randomUUID(), Set.of(Role.USER)).mayRead(ticket)).isFalse();
        assertThat(new Actor(UUID.randomUUID(), Set.of(Role.USER, Role.ORGANIZER)).mayRead(ticket)).isFalse();
    }
}
