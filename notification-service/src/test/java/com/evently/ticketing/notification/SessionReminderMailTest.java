package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.notification.application.SendingReminders;
import com.evently.ticketing.notification.application.TrackingBookings;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.HeldBooking;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Session reminders from the bookings this service keeps, against the real database and SMTP server, with the
 * scheduled reminder job running beside each test's own runs as a second replica would: every reminder once.
 */
class SessionReminderMailTest extends NotificationServiceIntegrationTest {

    private static final DateTimeFormatter STARTS = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

    @Autowired
    SendingReminders sendingReminders;
    @Autowired
    TrackingBookings trackingBookings;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aHolderIsRemindedOnceADayAheadWithTheStartInTheEventsTimeZone() throws Exception {
        Instant startsAt = Instant.now().plus(Duration.ofHours(23)).truncatedTo(ChronoUnit.MINUTES);
        BookingConfirmed confirmed = confirmed(startsAt, "Asia/Tokyo", Instant.now().minus(Duration.ofDays(3)));

        publish(confirmed);

        MimeMessage mail = awaitOneMailTo(confirmed.buyerEmail());
        assertThat(mail.getSubject()).isEqualTo("Reminder: Sunrise Yoga is coming up");
        String text = (String) single(leafParts(mail), "text/plain").getContent();
        assertThat(text).contains("Sunrise Yoga starts in about 24 hours",
                STARTS.format(startsAt.atZone(ZoneId.of("Asia/Tokyo"))) + " (Asia/Tokyo)");
        sendingReminders.sendDue();
        sendingReminders.sendDue();
        deliverDueMails.deliverDue();
        assertThat(mailsTo(confirmed.buyerEmail())).hasSize(1);
        assertThat(remindersSentFor(confirmed.bookingId())).isEqualTo(1);
    }

    @Test
    void whenLessThanTheShorterLeadRemainsOnlyTheShorterReminderIsSent() throws Exception {
        BookingConfirmed confirmed = confirmed(Instant.now().plus(Duration.ofMinutes(90)), "Europe/Berlin",
                Instant.now().minus(Duration.ofDays(3)));

        publish(confirmed);

        MimeMessage mail = awaitOneMailTo(confirmed.buyerEmail());
        assertThat((String) single(leafParts(mail), "text/plain").getContent()).contains("starts in about 2 hours");
        sendingReminders.sendDue();
        deliverDueMails.deliverDue();
        assertThat(mailsTo(confirmed.buyerEmail())).hasSize(1);
    }

    @Test
    void aBookingMadeAfterItsReminderWasDueIsNotRemindedOfIt() {
        BookingConfirmed confirmed = confirmed(Instant.now().plus(Duration.ofHours(20)), "UTC",
                Instant.now().minus(Duration.ofHours(1)));

        String eventId = publish(confirmed);

        await().atMost(PATIENCE).until(() -> inboxHolds(eventId));
        assertThat(sendingReminders.sendDue()).isZero();
        assertThat(remindersSentFor(confirmed.bookingId())).isZero();
        assertThat(mailsTo(confirmed.buyerEmail())).isEmpty();
    }

    @Test
    void aCancelledBookingIsNotReminded() {
        HeldBooking booking = heldBooking(Instant.now().plus(Duration.ofHours(23)));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trackingBookings.confirmed(booking);
            trackingBookings.cancelled(booking.bookingId());
        });

        sendingReminders.sendDue();

        assertThat(remindersSentFor(booking.bookingId())).isZero();
        assertThat(mailsTo(booking.holder().email())).isEmpty();
    }

    @Test
    void aBookingMovedToAnotherSessionIsRemindedOfTheNewOne() throws Exception {
        BookingConfirmed confirmed = confirmed(Instant.now().plus(Duration.ofDays(10)), "Europe/Berlin",
                Instant.now().minus(Duration.ofDays(3)));
        publish(confirmed);
        BookingConfirmed.EventSnapshot tomorrow = new BookingConfirmed.EventSnapshot("Sunrise Yoga", "Park",
                "Europe/Berlin", "Second morning", Instant.now().plus(Duration.ofHours(22)),
                Instant.now().plus(Duration.ofHours(23)), "Mat", new Money("10.00", "EUR"));
        UUID newSession = UUID.randomUUID();
        BookingChanged moved = new BookingChanged(confirmed.bookingId(), 1, confirmed.userId(), confirmed.buyerEmail(),
                confirmed.buyerName(), confirmed.eventId(),
                new BookingChanged.Line(confirmed.sessionId(), confirmed.ticketTypeId(), 1),
                new BookingChanged.Line(newSession, confirmed.ticketTypeId(), 1),
                confirmed.seatIds(), List.of(), List.of(), tomorrow, confirmed.userId(), Instant.now());

        TestEventBus.publish(EventTypes.BOOKING_CHANGED, moved.bookingId().toString(),
                payloadOf(EventTypes.BOOKING_CHANGED, moved));

        await().atMost(PATIENCE).until(() -> mailsTo(confirmed.buyerEmail()).size() >= 2);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mailsTo(confirmed.buyerEmail())) {
            subjects.add(mail.getSubject());
            if (mail.getSubject().startsWith("Reminder")) {
                assertThat((String) single(leafParts(mail), "text/plain").getContent()).contains("Second morning");
            }
        }
        assertThat(subjects).containsExactlyInAnyOrder("Your booking for Sunrise Yoga has changed",
                "Reminder: Sunrise Yoga is coming up");
    }

    @Test
    void twoRunnersRacingOverTheSameDueRemindersQueueEachOnce() throws Exception {
        List<HeldBooking> bookings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bookings.add(heldBooking(Instant.now().plus(Duration.ofHours(23)).plusSeconds(i)));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        new TransactionTemplate(transactions).executeWithoutResult(status -> bookings.forEach(trackingBookings::confirmed));

        try (ExecutorService runners = Executors.newFixedThreadPool(2)) {
            Future<Integer> first = runners.submit(() -> {
                start.await();
                return sendingReminders.sendDue();
            });
            Future<Integer> second = runners.submit(() -> {
                start.await();
                return sendingReminders.sendDue();
            });
            assertThat(first.get() + second.get()).isLessThanOrEqualTo(bookings.size());
        }

        for (HeldBooking booking : bookings) {
            assertThat(remindersSentFor(booking.bookingId())).isEqualTo(1);
            awaitOneMailTo(booking.holder().email());
        }
        deliverDueMails.deliverDue();
        for (HeldBooking booking : bookings) {
            assertThat(mailsTo(booking.holder().email())).hasSize(1);
        }
    }

    @Test
    void anEventsOwnLeadsReplaceTheDefaultOnesAndSayHowSoonInMinutes() throws Exception {
        UUID ownLeads = UUID.randomUUID();
        UUID defaultLeads = UUID.randomUUID();
        await().atMost(PATIENCE).until(() -> inboxHolds(published(ownLeads, List.of(Duration.ofMinutes(30)))));
        HeldBooking soon = heldBooking(ownLeads, Instant.now().plus(Duration.ofMinutes(25)));
        HeldBooking tomorrow = heldBooking(ownLeads, Instant.now().plus(Duration.ofHours(23)));
        HeldBooking otherEventSoon = heldBooking(defaultLeads, Instant.now().plus(Duration.ofMinutes(25)));
        confirm(soon, tomorrow, otherEventSoon);

        sendingReminders.sendDue();

        MimeMessage mail = awaitOneMailTo(soon.holder().email());
        assertThat((String) single(leafParts(mail), "text/plain").getContent()).contains("starts in about 30 minutes");
        assertThat((String) single(leafParts(awaitOneMailTo(otherEventSoon.holder().email())), "text/plain")
                .getContent()).contains("starts in about 2 hours");
        assertThat(remindersSent(soon.bookingId())).containsExactly(Duration.ofMinutes(30).toSeconds());
        assertThat(remindersSent(tomorrow.bookingId())).as("no 24 h lead for this event").isEmpty();
        assertThat(remindersSent(otherEventSoon.bookingId())).containsExactly(Duration.ofHours(2).toSeconds());
    }

    @Test
    void anEventWhoseOrganizerChoseNoRemindersRemindsNobody() {
        UUID eventId = UUID.randomUUID();
        await().atMost(PATIENCE).until(() -> inboxHolds(published(eventId, List.of())));
        HeldBooking booking = heldBooking(eventId, Instant.now().plus(Duration.ofMinutes(90)));
        confirm(booking);

        sendingReminders.sendDue();

        assertThat(remindersSent(booking.bookingId())).isEmpty();
        assertThat(mailsTo(booking.holder().email())).isEmpty();
    }

    @Test
    void theNewestUpdatesLeadsWinEvenWhenAnOlderUpdateArrivesLate() throws Exception {
        UUID eventId = UUID.randomUUID();
        published(eventId, null);
        updated(eventId, 4, List.of(Duration.ofDays(3)));
        await().atMost(PATIENCE).until(() -> inboxHolds(updated(eventId, 3, List.of())));
        HeldBooking inTwoAndAHalfDays = heldBooking(eventId, Instant.now().plus(Duration.ofHours(60)));
        confirm(inTwoAndAHalfDays);

        sendingReminders.sendDue();

        MimeMessage mail = awaitOneMailTo(inTwoAndAHalfDays.holder().email());
        assertThat((String) single(leafParts(mail), "text/plain").getContent()).contains("starts in about 3 days");
        assertThat(remindersSent(inTwoAndAHalfDays.bookingId())).containsExactly(Duration.ofDays(3).toSeconds());
        sendingReminders.sendDue();
        deliverDueMails.deliverDue();
        assertThat(mailsTo(inTwoAndAHalfDays.holder().email())).hasSize(1);
    }

    private String published(UUID eventId, List<Duration> leads) {
        EventPublished published = new EventPublished(eventId, UUID.randomUUID(), "Race Day", null, "UTC",
                List.of(new EventPublished.Session(UUID.randomUUID(), "Start", Instant.now().plus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(1)).plus(Duration.ofHours(1)))),
                List.of(new EventPublished.TicketType(UUID.randomUUID(), "Runner", new Money("10.00", "EUR"), 100, null)),
                Instant.now(), leads);
        return TestEventBus.publish(EventTypes.EVENT_PUBLISHED, eventId.toString(),
                payloadOf(EventTypes.EVENT_PUBLISHED, published));
    }

    private String updated(UUID eventId, long version, List<Duration> leads) {
        EventUpdated updated = new EventUpdated(eventId, UUID.randomUUID(), "Race Day", null, null, "UTC", version,
                Instant.now(), leads);
        return TestEventBus.publish(EventTypes.EVENT_UPDATED, eventId.toString(),
                payloadOf(EventTypes.EVENT_UPDATED, updated));
    }

    private void confirm(HeldBooking... bookings) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (HeldBooking booking : bookings) {
                trackingBookings.confirmed(booking);
            }
        });
    }

    private List<Long> remindersSent(UUID bookingId) {
        return jdbc.sql("SELECT lead_seconds FROM sent_reminder WHERE booking_id = :booking ORDER BY lead_seconds")
                .param("booking", bookingId).query(Long.class).list();
    }

    private String publish(BookingConfirmed confirmed) {
        return TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, confirmed.bookingId().toString(),
                payloadOf(EventTypes.BOOKING_CONFIRMED, confirmed));
    }

    private static BookingConfirmed confirmed(Instant startsAt, String timeZone, Instant bookedAt) {
        UUID userId = UUID.randomUUID();
        return new BookingConfirmed(UUID.randomUUID(), userId, "holder-" + userId + "@example.com", "Ada Lovelace",
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, List.of(UUID.randomUUID()),
                new BookingConfirmed.EventSnapshot("Sunrise Yoga", "Park", timeZone, "Morning", startsAt,
                        startsAt.plus(Duration.ofHours(1)), "Mat", new Money("10.00", "EUR")),
                bookedAt);
    }

    private static HeldBooking heldBooking(Instant startsAt) {
        return heldBooking(UUID.randomUUID(), startsAt);
    }

    private static HeldBooking heldBooking(UUID eventId, Instant startsAt) {
        UUID userId = UUID.randomUUID();
        return new HeldBooking(UUID.randomUUID(), userId, new Recipient("holder-" + userId + "@example.com", null),
                eventId, UUID.randomUUID(), 2, Instant.now().minus(Duration.ofDays(4)),
                new EventDetails("Race Day", null, ZoneId.of("UTC"), null, startsAt, null));
    }

    private long remindersSentFor(UUID bookingId) {
        return jdbc.sql("SELECT count(*) FROM sent_reminder WHERE booking_id = :booking")
                .param("booking", bookingId).query(Long.class).single();
    }
}
