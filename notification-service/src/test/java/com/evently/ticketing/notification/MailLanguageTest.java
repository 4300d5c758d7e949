package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferMade;
import com.evently.ticketing.contracts.identity.UserProfileChanged;
import com.evently.ticketing.contracts.identity.UserRegistered;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mails are written in the language the user chose in identity-service, learnt from UserRegistered and
 * UserProfileChanged on the real broker; anyone else gets the configured default (English in tests).
 */
class MailLanguageTest extends NotificationServiceIntegrationTest {

    private static final BookingConfirmed.EventSnapshot JAZZ_NIGHT = new BookingConfirmed.EventSnapshot("Jazz Night",
            "Blue Hall", "Europe/Berlin", "Evening show", Instant.parse("2026-03-14T18:30:00Z"),
            Instant.parse("2026-03-14T21:30:00Z"), "Standing", new Money("25.00", "EUR"));

    @Test
    void aUserWhoChoseGermanIsWelcomedAndWrittenToInGerman() throws Exception {
        UUID userId = UUID.randomUUID();
        String email = newEmail();
        TestEventBus.publish(EventTypes.USER_REGISTERED, userId.toString(), payloadOf(EventTypes.USER_REGISTERED,
                new UserRegistered(userId, email, "Ada Lovelace", List.of("USER"), "de", Instant.now())));

        MimeMessage welcome = awaitOneMailTo(email);
        assertThat(welcome.getSubject()).isEqualTo("Willkommen bei Evently");
        assertThat(plainTextOf(welcome)).startsWith("Hallo Ada Lovelace,");

        publishOfferTo(userId, email);

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() >= 2);
        MimeMessage offer = mailsTo(email).get(1);
        assertThat(offer.getSubject()).isEqualTo("Ein Platz bei Jazz Night wartet auf Sie");
        assertThat(plainTextOf(offer)).contains("Dienstag, 10. März 2026, 12:00 Uhr (Europe/Berlin)");
    }

    @Test
    void aChangedLanguageAndAddressApplyToTheMailsThatFollow() throws Exception {
        UUID userId = UUID.randomUUID();
        String first = newEmail();
        String moved = newEmail();
        Instant registeredAt = Instant.now();
        TestEventBus.publish(EventTypes.USER_REGISTERED, userId.toString(), payloadOf(EventTypes.USER_REGISTERED,
                new UserRegistered(userId, first, "Ada Lovelace", List.of("USER"), "en", registeredAt)));
        assertThat(awaitOneMailTo(first).getSubject()).isEqualTo("Welcome to Evently");

        String changeId = TestEventBus.publish(EventTypes.USER_PROFILE_CHANGED, userId.toString(),
                payloadOf(EventTypes.USER_PROFILE_CHANGED,
                        new UserProfileChanged(userId, moved, "Ada Lovelace", "de", registeredAt.plusSeconds(60))));
        await().atMost(PATIENCE).until(() -> inboxHolds(changeId));
        publishOfferTo(userId, moved);

        assertThat(awaitOneMailTo(moved).getSubject()).isEqualTo("Ein Platz bei Jazz Night wartet auf Sie");
        assertThat(knownLanguageOf(userId)).isEqualTo("de");

        // an announcement older than what is kept (a late redrive) changes nothing
        String staleId = TestEventBus.publish(EventTypes.USER_PROFILE_CHANGED, userId.toString(),
                payloadOf(EventTypes.USER_PROFILE_CHANGED,
                        new UserProfileChanged(userId, first, "Ada Lovelace", "en", registeredAt.plusSeconds(30))));
        await().atMost(PATIENCE).until(() -> inboxHolds(staleId));
        assertThat(knownLanguageOf(userId)).isEqualTo("de");
    }

    @Test
    void aRecipientWhoIsNoKnownUserGetsTheDefaultLanguage() throws Exception {
        String stranger = newEmail();

        publishOfferTo(UUID.randomUUID(), stranger);

        assertThat(awaitOneMailTo(stranger).getSubject()).isEqualTo("A place at Jazz Night is waiting for you");
    }

    private void publishOfferTo(UUID userId, String email) {
        WaitlistOfferMade offer = new WaitlistOfferMade(UUID.randomUUID(), userId, email, "Ada Lovelace",
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, Instant.parse("2026-03-10T11:00:00Z"),
                JAZZ_NIGHT, Instant.now());
        TestEventBus.publish(EventTypes.WAITLIST_OFFER_MADE, offer.offerId().toString(),
                payloadOf(EventTypes.WAITLIST_OFFER_MADE, offer));
    }

    private String knownLanguageOf(UUID userId) {
        return jdbc.sql("SELECT language FROM known_user WHERE user_id = :id").param("id", userId)
                .query(String.class).single();
    }

    private static String plainTextOf(MimeMessage mail) throws Exception {
        return (String) single(leafParts(mail), "text/plain").getContent();
    }

    private static String newEmail() {
        return "lang-" + UUID.randomUUID() + "@example.com";
    }
}
