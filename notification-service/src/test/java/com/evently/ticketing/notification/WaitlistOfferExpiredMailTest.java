package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferExpired;
import com.evently.ticketing.contracts.identity.UserProfileChanged;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** booking-service's WaitlistOfferExpired, on the real broker, becomes one "your offer expired" mail. */
class WaitlistOfferExpiredMailTest extends NotificationServiceIntegrationTest {

    private static final BookingConfirmed.EventSnapshot JAZZ_NIGHT = new BookingConfirmed.EventSnapshot("Jazz Night",
            "Blue Hall", "Europe/Berlin", "Evening show", Instant.parse("2026-03-14T18:30:00Z"),
            Instant.parse("2026-03-14T21:30:00Z"), "Standing", new Money("25.00", "EUR"));

    @Test
    void anExpiredOfferIsMailedOnceAlsoWhenDeliveredOrPublishedAgain() throws Exception {
        WaitlistOfferExpired expired = expired(UUID.randomUUID(), newEmail(), 2);
        String key = expired.offerId().toString();
        String payload = payloadOf(EventTypes.WAITLIST_OFFER_EXPIRED, expired);

        String eventId = TestEventBus.publish(EventTypes.WAITLIST_OFFER_EXPIRED, key, payload);
        TestEventBus.publish(EventTypes.WAITLIST_OFFER_EXPIRED, key, payload, eventId);
        String republishedId = TestEventBus.publish(EventTypes.WAITLIST_OFFER_EXPIRED, key, payload);

        MimeMessage mail = awaitOneMailTo(expired.email());
        assertThat(mail.getSubject()).isEqualTo("Your waiting-list offer for Jazz Night has expired");
        List<Part> parts = leafParts(mail);
        assertThat((String) single(parts, "text/plain").getContent()).contains("Hello Ada Lovelace,",
                "the 2 seats held for you from the waiting list were not booked by Tuesday 10 March 2026, 12:00 "
                        + "(Europe/Berlin)", "Evening show", "http://localhost:8080");
        assertThat((String) single(parts, "text/html").getContent()).contains("Jazz Night");
        await().atMost(PATIENCE).until(() -> inboxHolds(republishedId));
        deliverDueMails.deliverDue();
        assertThat(mailsTo(expired.email())).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_mail WHERE kind = 'WAITLIST_OFFER_EXPIRED' AND reference = :id")
                .param("id", key).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aGermanUserLearnsOfTheExpiryInGerman() throws Exception {
        UUID userId = UUID.randomUUID();
        String email = newEmail();
        String profileId = TestEventBus.publish(EventTypes.USER_PROFILE_CHANGED, userId.toString(),
                payloadOf(EventTypes.USER_PROFILE_CHANGED,
                        new UserProfileChanged(userId, email, "Ada Lovelace", "de", Instant.now())));
        await().atMost(PATIENCE).until(() -> inboxHolds(profileId));

        WaitlistOfferExpired expired = expired(userId, email, 1);
        TestEventBus.publish(EventTypes.WAITLIST_OFFER_EXPIRED, expired.offerId().toString(),
                payloadOf(EventTypes.WAITLIST_OFFER_EXPIRED, expired));

        MimeMessage mail = awaitOneMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Ihr Angebot von der Warteliste für Jazz Night ist abgelaufen");
        assertThat((String) single(leafParts(mail), "text/plain").getContent()).contains("Hallo Ada Lovelace,",
                "der Platz, der von der Warteliste für Sie reserviert war, wurde bis Dienstag, 10. März 2026, "
                        + "12:00 Uhr (Europe/Berlin) nicht gebucht");
    }

    private static WaitlistOfferExpired expired(UUID userId, String email, int seats) {
        return new WaitlistOfferExpired(UUID.randomUUID(), userId, email, "Ada Lovelace", UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), seats, Instant.parse("2026-03-10T11:00:00Z"), JAZZ_NIGHT,
                Instant.now());
    }

    private static String newEmail() {
        return "waiting-" + UUID.randomUUID() + "@example.com";
    }
}
