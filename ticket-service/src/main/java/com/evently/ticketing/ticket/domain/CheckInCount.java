package com.evently.ticketing.ticket.domain;

import java.util.UUID;

/** How many tickets of one session were admitted at one gate ({@code gate} null: scans that named none). */
public record CheckInCount(UUID sessionId, String gate, long admitted) {
}
