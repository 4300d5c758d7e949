package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.notification.application.TrackingBookings;
import com.evently.ticketing.notification.application.port.out.MailPreferencesStore;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.MailPreferences;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * catalog.EventUpdated on the real broker: holders of upcoming bookings hear of a new venue or a new time zone
 * once, those who cancelled or opted out do not, and a change that leaves venue and zone alone sends nothing.
 */
class VenueChangeMailTest extends NotificationServiceIntegrationTest {

    @Autowired
    TrackingBookings trackingBookings;
    @Autowired
    MailPreferencesStore mailPreferences;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void holdersOfUpcomingBookingsHearOfANewVenueOnceEach() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID holderId = UUID.randomUUID();
        String holder = "holder-" + holderId + "@example.com";
        String cancelledHolder = "cancelled-" + UUID.randomUUID() + "@example.com";
        UUID optedOutId = UUID.randomUUID();
        String optedOut = "quiet-" + optedOutId + "@example.com";
        String pastHolder = "past-" + UUID.randomUUID() + "@example.com";
        HeldBooking cancelled = held(eventId, UUID.randomUUID(), cancelledHolder, Duration.ofDays(5));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // two bookings of one holder: one mail
            trackingBookings.confirmed(held(eventId, holderId, holder, Duration.ofDays(5)));
            trackingBookings.confirmed(held(eventId, holderId, holder, Duration.ofDays(6)));
            trackingBookings.confirmed(cancelled);
            trackingBookings.cancelled(cancelled.bookingId());
            trackingBookings.confirmed(held(eventId, optedOutId, optedOut, Duration.ofDays(5)));
            mailPreferences.save(MailPreferences.everything(optedOutId).without(MailTopic.EVENT_CHANGES));
            trackingBookings.confirmed(held(eventId, UUID.randomUUID(), pastHolder, Duration.ofDays(-1)));
        });
        EventUpdated moved = updated(eventId, 2, "Red Hall");

        String firstId = TestEventBus.publish(EventTypes.EVENT_UPDATED, eventId.toString(),
                payloadOf(EventTypes.EVENT_UPDATED, moved));
        TestEventBus.publish(EventTypes.EVENT_UPDATED, eventId.toString(), payloadOf(EventTypes.EVENT_UPDATED, moved),
                firstId);
        String sameVenueId = TestEventBus.publish(EventTypes.EVENT_UPDATED, eventId.toString(),
                payloadOf(EventTypes.EVENT_UPDATED, updated(eventId, 3, "Red Hall")));

        MimeMessage mail = awaitOneMailTo(holder);
        assertThat(mail.getSubject()).isEqualTo("Jazz Night has moved to another venue");
        String text = (String) single(leafParts(mail), "text/plain").getContent();
        assertThat(text).contains("Jazz Night now takes place at Red Hall", "planned at Blue Hall before",
                "Stop these mails: http://localhost:8080/api/v1/notifications/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe", null)).isNotNull();
        await().atMost(PATIENCE).until(() -> inboxHolds(sameVenueId));
        deliverDueMails.deliverDue();
        assertThat(mailsTo(holder)).hasSize(1);
        assertThat(mailsTo(cancelledHolder)).isEmpty();
        assertThat(mailsTo(optedOut)).isEmpty();
        assertThat(mailsTo(pastHolder)).isEmpty();
        assertThat(jdbc.sql("SELECT DISTINCT venue FROM held_booking WHERE event_id = :event")
                .param("event", eventId).query(String.class).list()).containsExactly("Red Hall");
    }

    @Test
    void holdersHearOfANewTimeZoneWithTheirNextSessionOnBothClocks() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID holderId = UUID.randomUUID();
        String holder = "zoned-" + holderId + "@example.com";
        UUID optedOutId = UUID.randomUUID();
        String optedOut = "quiet-" + optedOutId + "@example.com";
        HeldBooking next = held(eventId, holderId, holder, Duration.ofDays(5));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trackingBookings.confirmed(next);
            trackingBookings.confirmed(held(eventId, holderId, holder, Duration.ofDays(8)));
            trackingBookings.confirmed(held(eventId, optedOutId, optedOut, Duration.ofDays(5)));
            mailPreferences.save(MailPreferences.everything(optedOutId).without(MailTopic.EVENT_CHANGES));
        });
        EventUpdated rezoned = new EventUpdated(eventId, UUID.randomUUID(), "Jazz Night", "Live jazz", "Blue Hall",
                "America/New_York", 2, Instant.now());

        String rezonedId = TestEventBus.publish(EventTypes.EVENT_UPDATED, eventId.toString(),
                payloadOf(EventTypes.EVENT_UPDATED, rezoned));
        TestEventBus.publish(EventTypes.EVENT_UPDATED, eventId.toString(), payloadOf(EventTypes.EVENT_UPDATED, rezoned),
                rezonedId);

        MimeMessage mail = awaitOneMailTo(holder);
        assertThat(mail.getSubject()).isEqualTo("Jazz Night: session times are now given in another time zone");
        String text = (String) single(leafParts(mail), "text/plain").getContent();
        DateTimeFormatter written = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
        Instant startsAt = next.event().sessionStartsAt();
        assertThat(text).contains("the times of Jazz Night are now given in the time zone America/New_York",
                "Evening show starts " + written.format(startsAt.atZone(ZoneId.of("America/New_York")))
                        + " (America/New_York); you were told "
                        + written.format(startsAt.atZone(ZoneId.of("Europe/Berlin"))) + " (Europe/Berlin) before",
                "Stop these mails: http://localhost:8080/api/v1/notifications/unsubscribe?token=")
                .doesNotContain("takes place at");
        await().atMost(PATIENCE).until(() -> inboxHolds(rezonedId));
        deliverDueMails.deliverDue();
        assertThat(mailsTo(holder)).hasSize(1);
        assertThat(mailsTo(optedOut)).isEmpty();
        assertThat(jdbc.sql("SELECT DISTINCT time_zone FROM held_booking WHERE event_id = :event")
                .param("event", eventId).query(String.class).list()).containsExactly("America/New_York");
    }

    private static EventUpdated updated(UUID eventId, long version, String venue) {
        return new EventUpdated(eventId, UUID.randomUUID(), "Jazz Night", "Live jazz", venue, "Europe/Berlin", version,
                Instant.now());
    }

    private static HeldBooking held(UUID eventId, UUID userId, String email, Duration startsIn) {
        return new HeldBooking(UUID.randomUUID(), userId, new Recipient(email, "Ada Lovelace"), eventId,
                UUID.randomUUID(), 1, Instant.now().minus(Duration.ofDays(10)),
                new EventDetails("Jazz Night", "Blue Hall", ZoneId.of("Europe/Berlin"), "Evening show",
                        Instant.now().plus(startsIn), "Standing"));
    }
}
