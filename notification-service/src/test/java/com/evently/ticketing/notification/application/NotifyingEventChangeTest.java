package com.evently.ticketing.notification.application;

import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.MailPurpose;
import com.evently.ticketing.notification.domain.MailTopic;
import com.evently.ticketing.notification.domain.Unsubscription;
import com.evently.ticketing.notification.testing.UseCaseFixture;
import com.evently.ticketing.notification.testing.UseCaseFixture.SignedUnsubscribeLinks;
import com.evently.ticketing.platform.domain.Caller;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import static com.evently.ticketing.notification.testing.UseCaseFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** An event's new venue or time zone told to the holders of its upcoming bookings, against in-memory bookings. */
class NotifyingEventChangeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final UseCaseFixture fixture = new UseCaseFixture();
    private final UUID eventId = UUID.randomUUID();

    @Test
    void aNewVenueIsMailedOnceToEachHolderOfUpcomingBookings() {
        UUID holder = UUID.randomUUID();
        fixture.heldBooking(eventId, holder, NOW.plus(Duration.ofDays(3)));
        fixture.heldBooking(eventId, holder, NOW.plus(Duration.ofDays(4)));
        UUID otherHolder = UUID.randomUUID();
        fixture.heldBooking(eventId, otherHolder, NOW.plus(Duration.ofDays(3)));

        int mailed = fixture.notifyingEventChange().eventDescribed(eventId, 2, "Jazz Night", "Green Hall", BERLIN);

        assertThat(mailed).isEqualTo(2);
        assertThat(fixture.mailQueue.all()).extracting(mail -> mail.mail().recipient()).containsExactlyInAnyOrder(
                "holder-" + holder + "@example.com", "holder-" + otherHolder + "@example.com");
        assertThat(fixture.mailQueue.all()).allSatisfy(mail -> {
            assertThat(mail.mail().content().subject()).isEqualTo("Jazz Night has moved to another venue");
            assertThat(mail.mail().purpose()).isInstanceOf(MailPurpose.ChangedEvent.class);
        });
    }

    @Test
    void aNewTimeZoneIsMailedWithItsOwnSubject() {
        fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofDays(3)));

        int mailed = fixture.notifyingEventChange().eventDescribed(eventId, 2, "Jazz Night", "Blue Hall",
                ZoneId.of("Europe/Lisbon"));

        assertThat(mailed).isEqualTo(1);
        assertThat(fixture.mailQueue.single().mail().content().subject())
                .isEqualTo("Jazz Night: session times are now given in another time zone");
    }

    @Test
    void aNewTitleAloneMailsNobodyButIsKeptForLaterMails() {
        HeldBooking booking = fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofDays(3)));

        int mailed = fixture.notifyingEventChange().eventDescribed(eventId, 2, "Jazz Night Deluxe", "Blue Hall",
                BERLIN);

        assertThat(mailed).isZero();
        assertThat(fixture.mailQueue.all()).isEmpty();
        assertThat(fixture.heldBookings.booking(booking.bookingId()).event().title()).isEqualTo("Jazz Night Deluxe");
    }

    @Test
    void theSameChangeAnnouncedAgainMailsNobodyTwice() {
        fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofDays(3)));
        NotifyingEventChange notifying = fixture.notifyingEventChange();

        int first = notifying.eventDescribed(eventId, 2, "Jazz Night", "Green Hall", BERLIN);
        int again = notifying.eventDescribed(eventId, 2, "Jazz Night", "Green Hall", BERLIN);

        assertThat(first).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(fixture.mailQueue.all()).hasSize(1);
    }

    @Test
    void aHolderWhoOptedOutOfEventChangesIsNotMailedButTheirDetailsAreUpdated() {
        UUID holder = UUID.randomUUID();
        HeldBooking booking = fixture.heldBooking(eventId, holder, NOW.plus(Duration.ofDays(3)));
        fixture.changingMailPreferences().change(new Caller(holder, Set.of()), true, false);

        int mailed = fixture.notifyingEventChange().eventDescribed(eventId, 2, "Jazz Night", "Green Hall", BERLIN);

        assertThat(mailed).isZero();
        assertThat(fixture.mailQueue.all()).isEmpty();
        assertThat(fixture.heldBookings.booking(booking.bookingId()).event().venue()).isEqualTo("Green Hall");
    }

    @Test
    void holdersOfSessionsPastOrCancelledAreNotMailed() {
        fixture.heldBooking(eventId, UUID.randomUUID(), NOW.minus(Duration.ofHours(1)));
        HeldBooking cancelled = fixture.heldBooking(eventId, UUID.randomUUID(), NOW.plus(Duration.ofDays(3)));
        fixture.heldBookings.cancelled(cancelled.bookingId());

        int mailed = fixture.notifyingEventChange().eventDescribed(eventId, 2, "Jazz Night", "Green Hall", BERLIN);

        assertThat(mailed).isZero();
        assertThat(fixture.mailQueue.all()).isEmpty();
    }

    @Test
    void theMailNamesTheHolderAndTheirUnsubscribeLinkIsTheirs() {
        UUID holder = UUID.randomUUID();
        fixture.heldBooking(eventId, holder, NOW.plus(Duration.ofDays(3)));

        fixture.notifyingEventChange().eventDescribed(eventId, 2, "Jazz Night", "Green Hall", BERLIN);

        assertThat(fixture.mailQueue.single().mail().purpose()).isEqualTo(new MailPurpose.ChangedEvent(eventId, 2, holder));
        assertThat(fixture.unsubscribeLinks.verify(SignedUnsubscribeLinks.tokenOf(
                fixture.mailQueue.single().mail().unsubscribe())))
                .isEqualTo(new Unsubscription(holder, MailTopic.EVENT_CHANGES));
    }
}
