package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ticket.TicketTransferred on the real broker: one mail to the new holder, one to the giver, also on redelivery. */
@ExtendWith(OutputCaptureExtension.class)
class TicketTransferMailTest extends NotificationServiceIntegrationTest {

    /** Issue 8: to an address without an account, the new holder's mail carries the claim link, in HTML and text. */
    @Test
    void aTransferToAnAddressWithoutAnAccountMailsTheClaimLinkAndNeverLogsOrKeepsIt(CapturedOutput output)
            throws Exception {
        UUID ticketId = UUID.randomUUID();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        TicketTransferred transferred = new TicketTransferred(ticketId, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "friend-" + UUID.randomUUID() + "@example.com", "Grace Hopper",
                "giver-" + UUID.randomUUID() + "@example.com", "Ada Lovelace", "Jazz Night",
                Instant.parse("2026-03-14T18:30:00Z"), "Europe/Berlin", UUID.randomUUID(), Instant.now(),
                SealedSecrets.sealedClaimToken(ticketId, token), Instant.parse("2026-03-14T23:00:00Z"));
        String link = "http://localhost:8080/tickets/claim?token=" + token;

        TestEventBus.publish(EventTypes.TICKET_TRANSFERRED, transferred.bookingId().toString(),
                payloadOf(EventTypes.TICKET_TRANSFERRED, transferred));

        MimeMessage received = awaitOneMailTo(transferred.holderEmail());
        List<Part> parts = leafParts(received);
        assertThat((String) single(parts, "text/plain").getContent())
                .contains("Claim your ticket: " + link, "create an account (with any address)")
                .doesNotContain("Sign in with " + transferred.holderEmail());
        assertThat((String) single(parts, "text/html").getContent())
                .contains("<a href=\"" + link + "\">Claim your ticket</a>");
        assertThat((String) single(leafParts(awaitOneMailTo(transferred.previousHolderEmail())), "text/plain")
                .getContent()).doesNotContain(token);
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                        SELECT count(*) FROM outbound_mail
                        WHERE kind = 'TICKET_RECEIVED' AND reference = :ticket AND status = 'SENT'""")
                .param("ticket", ticketId.toString()).query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_mail WHERE text_body LIKE :token OR html_body LIKE :token")
                .param("token", "%" + token + "%").query(Long.class).single())
                .as("mails keeping the claim link once sent").isZero();
        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void aTransferTellsTheNewHolderWhereToFindTheTicketAndTheGiverThatTheirsStoppedWorking() throws Exception {
        TicketTransferred transferred = new TicketTransferred(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "friend-" + UUID.randomUUID() + "@example.com", "Grace Hopper",
                "giver-" + UUID.randomUUID() + "@example.com", "Ada Lovelace", "Jazz Night",
                Instant.parse("2026-03-14T18:30:00Z"), "Europe/Berlin", UUID.randomUUID(), Instant.now());
        String payload = payloadOf(EventTypes.TICKET_TRANSFERRED, transferred);

        String eventId = TestEventBus.publish(EventTypes.TICKET_TRANSFERRED, transferred.bookingId().toString(), payload);
        TestEventBus.publish(EventTypes.TICKET_TRANSFERRED, transferred.bookingId().toString(), payload, eventId);
        String republishedId = TestEventBus.publish(EventTypes.TICKET_TRANSFERRED, transferred.bookingId().toString(),
                payload);

        MimeMessage received = awaitOneMailTo(transferred.holderEmail());
        assertThat(received.getSubject()).isEqualTo("A ticket for Jazz Night is yours");
        assertThat((String) single(leafParts(received), "text/plain").getContent()).contains("Hello Grace Hopper,",
                "Ada Lovelace passed a ticket on to you", "http://localhost:8080/tickets",
                "Sign in with " + transferred.holderEmail(), "Saturday 14 March 2026, 19:30 (Europe/Berlin)");
        MimeMessage given = awaitOneMailTo(transferred.previousHolderEmail());
        assertThat(given.getSubject()).isEqualTo("Your ticket for Jazz Night went to someone else");
        assertThat((String) single(leafParts(given), "text/plain").getContent())
                .contains("Grace Hopper <" + transferred.holderEmail() + ">", "no longer admits anyone");
        await().atMost(PATIENCE).until(() -> inboxHolds(republishedId));
        deliverDueMails.deliverDue();
        assertThat(mailsTo(transferred.holderEmail())).hasSize(1);
        assertThat(mailsTo(transferred.previousHolderEmail())).hasSize(1);
    }
}
