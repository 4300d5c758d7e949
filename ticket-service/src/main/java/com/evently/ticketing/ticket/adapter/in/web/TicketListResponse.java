package com.evently.ticketing.ticket.adapter.in.web;

import java.util.List;

/** The tickets of one booking: a handful at most, so the list is not paginated. */
record TicketListResponse(List<TicketResponse> items) {
}
