package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.ticket.TicketTransferred;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ticket.TicketTransferred on the real broker: one mail to the new holder, one to the giver, also on redelivery. */
class TicketTransferMailTest extends NotificationServiceIntegrationTest {

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
