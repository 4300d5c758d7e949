package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.contracts.ticket.TicketReturned;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ticket.TicketReturned on the real broker: one mail to the giver, in their language, also on redelivery. */
class TicketReturnMailTest extends NotificationServiceIntegrationTest {

    @Test
    void theGiverIsToldTheUnclaimedTicketIsTheirsAgainOnce() throws Exception {
        TicketReturned returned = returnedTo(UUID.randomUUID(), newEmail());
        String payload = payloadOf(EventTypes.TICKET_RETURNED, returned);

        String eventId = TestEventBus.publish(EventTypes.TICKET_RETURNED, returned.bookingId().toString(), payload);
        TestEventBus.publish(EventTypes.TICKET_RETURNED, returned.bookingId().toString(), payload, eventId);
        String republishedId = TestEventBus.publish(EventTypes.TICKET_RETURNED, returned.bookingId().toString(),
                payload);

        MimeMessage mail = awaitOneMailTo(returned.holderEmail());
        assertThat(mail.getSubject()).isEqualTo("Your ticket for Jazz Night is yours again");
        assertThat(plainTextOf(mail)).contains("Hello Ada Lovelace,",
                "the ticket you passed on to " + returned.unclaimedEmail() + " was not claimed in time",
                "new QR code", "http://localhost:8080/tickets", "Saturday 14 March 2026, 19:30 (Europe/Berlin)");
        await().atMost(PATIENCE).until(() -> inboxHolds(republishedId));
        deliverDueMails.deliverDue();
        assertThat(mailsTo(returned.holderEmail())).hasSize(1);
        assertThat(mailsTo(returned.unclaimedEmail())).as("the address that did not claim").isEmpty();
    }

    @Test
    void aGiverWhoChoseGermanIsWrittenToInGerman() throws Exception {
        UUID userId = UUID.randomUUID();
        String email = newEmail();
        TestEventBus.publish(EventTypes.USER_REGISTERED, userId.toString(), payloadOf(EventTypes.USER_REGISTERED,
                new UserRegistered(userId, email, "Ada Lovelace", List.of("USER"), "de", Instant.now())));
        assertThat(awaitOneMailTo(email).getSubject()).isEqualTo("Willkommen bei Evently");

        TicketReturned returned = returnedTo(userId, email);
        TestEventBus.publish(EventTypes.TICKET_RETURNED, returned.bookingId().toString(),
                payloadOf(EventTypes.TICKET_RETURNED, returned));

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() >= 2);
        MimeMessage mail = mailsTo(email).get(1);
        assertThat(mail.getSubject()).isEqualTo("Ihr Ticket für Jazz Night gehört wieder Ihnen");
        assertThat(plainTextOf(mail)).startsWith("Hallo Ada Lovelace,").contains("nicht rechtzeitig angenommen");
    }

    private static TicketReturned returnedTo(UUID giver, String giversEmail) {
        return new TicketReturned(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), giver, giversEmail, "Ada Lovelace",
                "friend-" + UUID.randomUUID() + "@example.com", "Jazz Night", Instant.parse("2026-03-14T18:30:00Z"),
                "Europe/Berlin", Instant.parse("2026-03-14T21:30:00Z"), Instant.now());
    }

    private static String newEmail() {
        return "giver-" + UUID.randomUUID() + "@example.com";
    }

    private static String plainTextOf(MimeMessage mail) throws Exception {
        return (String) single(leafParts(mail), "text/plain").getContent();
    }
}
