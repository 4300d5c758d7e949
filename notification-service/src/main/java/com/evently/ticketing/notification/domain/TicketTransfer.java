package com.evently.ticketing.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket changed hands: the new holder is told it is theirs and where to find it — signing in with the address it
 * was sent to, or, when that address had no account, opening the claim link (signing in or registering first) —
 * and the giver that their own ticket stopped working.
 *
 * @param ticketId   the new ticket, made out to {@code holder}; one pair of mails per transfer
 * @param claimToken the secret of the claim link, when the ticket is held for a claim; absent otherwise
 */
public record TicketTransfer(UUID ticketId, Recipient holder, Recipient giver, EventDetails event,
                             ClaimToken claimToken) {

    public TicketTransfer {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(giver, "giver");
        event = event == null ? EventDetails.unknown() : event;
    }

    public List<Notice> notices(WebUi webUi, Locale locale) {
        boolean claim = claimToken != null;
        Notice received = new Notice(new MailPurpose.ReceivedTicket(ticketId), holder,
                Letter.of(MailKind.TICKET_RECEIVED, locale)
                        .with("name", holder.name())
                        .with("email", holder.email())
                        .with("from", giver.name() == null ? giver.email() : giver.name())
                        .with(event)
                        .with("claim", claim)
                        .with("link", (claim ? webUi.claimPage(claimToken) : webUi.ticketsPage()).toString())
                        .build());
        Notice given = new Notice(new MailPurpose.GaveTicket(ticketId), giver,
                Letter.of(MailKind.TICKET_GIVEN, locale)
                        .with("name", giver.name())
                        .with("to", holder.name() == null ? holder.email() : holder.name() + " <" + holder.email() + ">")
                        .with(event)
                        .build());
        return List.of(received, given);
    }
}
