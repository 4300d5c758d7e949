package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.identity.PasswordResetRequested;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.contracts.ticket.TicketsIssued;
import com.evently.ticketing.platform.security.FieldSealing;
import com.evently.ticketing.platform.security.MessageSealingConfiguration;

import java.util.List;
import java.util.UUID;

/**
 * Seals secrets the way identity- and ticket-service do, under the tests' message sealing key (the one in
 * config/application.yml), and opens them the way this service does, for assertions on the mails.
 */
final class SealedSecrets {

    private static final FieldSealing SEALING = FieldSealing.fromBase64(MessageSealingConfiguration.KEY_VARIABLE,
            MessageSealingConfiguration.PREVIOUS_KEYS_VARIABLE, "3m0q9Zp0yVwE5QpX8c0m2uJmY0f6v8tJ0b1k7x2hQeA=", List.of(),
            "tests seal with it");

    static String sealedToken(UUID userId, String token) {
        return SEALING.seal(token, PasswordResetRequested.sealingContext(userId));
    }

    static String tokenOf(PasswordResetRequested requested) {
        return SEALING.open(requested.sealedToken(), PasswordResetRequested.sealingContext(requested.userId()));
    }

    /** A new ticket with a code of its own, sealed. */
    static TicketsIssued.IssuedTicket issuedTicket() {
        UUID ticketId = UUID.randomUUID();
        return new TicketsIssued.IssuedTicket(ticketId, UUID.randomUUID(),
                SEALING.seal("TKT-" + UUID.randomUUID(), TicketsIssued.IssuedTicket.sealingContext(ticketId)));
    }

    static String sealedClaimToken(UUID ticketId, String token) {
        return SEALING.seal(token, TicketTransferred.sealingContext(ticketId));
    }

    static String codeOf(TicketsIssued.IssuedTicket ticket) {
        return SEALING.open(ticket.sealedCode(), TicketsIssued.IssuedTicket.sealingContext(ticket.ticketId()));
    }

    private SealedSecrets() {
    }
}
