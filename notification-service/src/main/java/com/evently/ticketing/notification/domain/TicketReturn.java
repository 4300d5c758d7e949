package com.evently.ticketing.notification.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket its holder transferred to an address without an account was not claimed before the link expired, and is
 * the giver's again, as a new ticket: the giver is told so and where to find it.
 *
 * @param ticketId      the giver's new ticket; one mail per return
 * @param unclaimedBy   the address the claim link went to
 */
public record TicketReturn(UUID ticketId, Recipient giver, String unclaimedBy, EventDetails event) {

    public TicketReturn {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(giver, "giver");
        Objects.requireNonNull(unclaimedBy, "unclaimedBy");
        event = event == null ? EventDetails.unknown() : event;
    }

    public Notice notice(WebUi webUi, Locale locale) {
        return new Notice(new MailPurpose.ReturnedTicket(ticketId), giver,
                Letter.of(MailKind.TICKET_RETURNED, locale)
                        .with("name", giver.name())
                        .with("to", unclaimedBy)
                        .with(event)
                        .with("link", webUi.ticketsPage().toString())
                        .build());
    }
}
