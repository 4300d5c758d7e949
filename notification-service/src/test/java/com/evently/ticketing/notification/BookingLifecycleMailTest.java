package com.evently.ticketing.notification;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.AvailabilityChanged;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferMade;
import com.evently.ticketing.testsupport.TestEventBus;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mails of a booking's life after its confirmation, from booking-service's events on the real Kafka broker to
 * GreenMail's real SMTP server: each arrives once, also when its event is delivered or published again, and an
 * event cancellation mails every buyer once, however many bookings they had.
 */
class BookingLifecycleMailTest extends NotificationServiceIntegrationTest {

    private static final BookingConfirmed.EventSnapshot JAZZ_NIGHT = new BookingConfirmed.EventSnapshot("Jazz Night",
            "Blue Hall", "Europe/Berlin", "Evening show", Instant.parse("2026-03-14T18:30:00Z"),
            Instant.parse("2026-03-14T21:30:00Z"), "Standing", new Money("25.00", "EUR"));

    @Test
    void aBuyersCancellationSendsThemOneMailWithTextAndHtmlAndNothingAttached() throws Exception {
        BookingCancelled cancelled = cancelled(UUID.randomUUID(), newEmail(), UUID.randomUUID(),
                BookingCancelled.Cause.BUYER);

        publish(cancelled);

        MimeMessage mail = awaitOneMailTo(cancelled.buyerEmail());
        assertThat(mail.getSubject()).isEqualTo("Your booking for Jazz Night is cancelled");
        List<Part> parts = leafParts(mail);
        assertThat(parts).as("text and HTML alternatives, nothing attached").hasSize(2);
        for (String body : List.of((String) single(parts, "text/plain").getContent(),
                (String) single(parts, "text/html").getContent())) {
            assertThat(body).contains("Hello Ada Lovelace", "cancelled, as you asked", cancelled.bookingId().toString(),
                    "Saturday 14 March 2026, 19:30 (Europe/Berlin)");
        }
        assertThat(ticketService.callsFor(cancelled.bookingId())).isZero();
    }

    @Test
    void aRedeliveredOrRepublishedCancellationSendsNoSecondMail() {
        BookingCancelled cancelled = cancelled(UUID.randomUUID(), newEmail(), UUID.randomUUID(),
                BookingCancelled.Cause.ADMIN);
        String key = cancelled.bookingId().toString();
        String eventId = TestEventBus.publish(EventTypes.BOOKING_CANCELLED, key, payloadOf(cancelled));
        awaitOneMailTo(cancelled.buyerEmail());

        TestEventBus.publish(EventTypes.BOOKING_CANCELLED, key, payloadOf(cancelled), eventId);
        String republishedId = TestEventBus.publish(EventTypes.BOOKING_CANCELLED, key, payloadOf(cancelled));
        // same key, same partition: once the re-published event is in the inbox, the redelivery was handled before it
        await().atMost(PATIENCE).until(() -> inboxHolds(republishedId));
        deliverDueMails.deliverDue();

        assertThat(mailRows("BOOKING_CANCELLED", key)).isEqualTo(1);
        assertThat(mailsTo(cancelled.buyerEmail())).hasSize(1);
    }

    @Test
    void anEventCancelledWithFiftyBookingsOfFiftyBuyersSendsFiftyMailsOnceEachAlsoWhenRedelivered() {
        UUID eventId = UUID.randomUUID();
        List<BookingCancelled> cancellations = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cancellations.add(cancelled(UUID.randomUUID(), newEmail(), eventId, BookingCancelled.Cause.EVENT_CANCELLED));
        }
        List<String> eventIds = cancellations.stream().map(this::publish).toList();

        await().atMost(PATIENCE).until(() -> cancellations.stream().allMatch(c -> mailsTo(c.buyerEmail()).size() >= 1));
        for (int i = 0; i < cancellations.size(); i++) {
            BookingCancelled cancelled = cancellations.get(i);
            TestEventBus.publish(EventTypes.BOOKING_CANCELLED, cancelled.bookingId().toString(), payloadOf(cancelled),
                    eventIds.get(i));
        }
        String last = TestEventBus.publish(EventTypes.BOOKING_CANCELLED, cancellations.get(49).bookingId().toString(),
                payloadOf(cancellations.get(49)));
        await().atMost(PATIENCE).until(() -> inboxHolds(last));
        deliverDueMails.deliverDue();

        for (BookingCancelled cancelled : cancellations) {
            List<MimeMessage> mails = mailsTo(cancelled.buyerEmail());
            assertThat(mails).hasSize(1);
            assertThat(subjectOf(mails.get(0))).isEqualTo("Jazz Night is cancelled");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM outbound_mail WHERE kind = 'EVENT_CANCELLED' AND reference LIKE :event")
                .param("event", eventId + "/%").query(Long.class).single()).isEqualTo(50);
    }

    @Test
    void aBuyerWithSeveralBookingsOfACancelledEventGetsOneMail() {
        UUID eventId = UUID.randomUUID();
        UUID buyerId = UUID.randomUUID();
        String email = newEmail();
        List<BookingCancelled> cancellations = List.of(
                cancelled(buyerId, email, eventId, BookingCancelled.Cause.EVENT_CANCELLED),
                cancelled(buyerId, email, eventId, BookingCancelled.Cause.EVENT_CANCELLED),
                cancelled(buyerId, email, eventId, BookingCancelled.Cause.EVENT_CANCELLED));

        List<String> eventIds = cancellations.stream().map(this::publish).toList();

        await().atMost(PATIENCE).until(() -> eventIds.stream().allMatch(this::inboxHolds));
        awaitOneMailTo(email);
        deliverDueMails.deliverDue();
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailRows("EVENT_CANCELLED", eventId + "/" + buyerId)).isEqualTo(1);
    }

    @Test
    void everyChangeOfABookingSendsOneMailSayingNewTicketsComeSeparately() throws Exception {
        UUID bookingId = UUID.randomUUID();
        String email = newEmail();
        BookingChanged first = changed(bookingId, 1, email, 2, 3);
        BookingChanged second = changed(bookingId, 2, email, 3, 1);

        String firstId = TestEventBus.publish(EventTypes.BOOKING_CHANGED, bookingId.toString(), payloadOf(EventTypes.BOOKING_CHANGED, first));
        TestEventBus.publish(EventTypes.BOOKING_CHANGED, bookingId.toString(), payloadOf(EventTypes.BOOKING_CHANGED, first), firstId);
        TestEventBus.publish(EventTypes.BOOKING_CHANGED, bookingId.toString(), payloadOf(EventTypes.BOOKING_CHANGED, second));

        await().atMost(PATIENCE).until(() -> mailsTo(email).size() >= 2);
        deliverDueMails.deliverDue();
        List<String> texts = mailsTo(email).stream().map(BookingLifecycleMailTest::plainTextOf).toList();
        assertThat(texts).hasSize(2);
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("You now hold 3 tickets (before: 2)",
                "arrive in a separate mail with the tickets PDF attached"));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("You now hold 1 ticket (before: 3)",
                "stopped working").doesNotContain("separate mail"));
        assertThat(mailsTo(email)).allSatisfy(mail ->
                assertThat(mail.getSubject()).isEqualTo("Your booking for Jazz Night has changed"));
    }

    @Test
    void aWaitingListOfferLinksToTheOfferPageAndStatesTheDeadlineInTheEventsTimeZone() throws Exception {
        WaitlistOfferMade offer = new WaitlistOfferMade(UUID.randomUUID(), UUID.randomUUID(), newEmail(),
                "Ada Lovelace", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1,
                Instant.parse("2026-03-10T11:00:00Z"), JAZZ_NIGHT, Instant.now());
        String link = "http://localhost:8080/waitlist-offers/" + offer.offerId();

        String eventId = TestEventBus.publish(EventTypes.WAITLIST_OFFER_MADE, offer.offerId().toString(),
                payloadOf(EventTypes.WAITLIST_OFFER_MADE, offer));
        TestEventBus.publish(EventTypes.WAITLIST_OFFER_MADE, offer.offerId().toString(),
                payloadOf(EventTypes.WAITLIST_OFFER_MADE, offer), eventId);

        MimeMessage mail = awaitOneMailTo(offer.email());
        assertThat(mail.getSubject()).isEqualTo("A place at Jazz Night is waiting for you");
        List<Part> parts = leafParts(mail);
        assertThat((String) single(parts, "text/plain").getContent()).contains(link,
                "a seat came free and is held for you", "until Tuesday 10 March 2026, 12:00 (Europe/Berlin)");
        assertThat((String) single(parts, "text/html").getContent()).contains("<a href=\"" + link + "\">");
        deliverDueMails.deliverDue();
        assertThat(mailsTo(offer.email())).hasSize(1);
    }

    @Test
    void aConfirmedBookingSendsNoMailOfItsOwnButIsKeptForRemindersUntilItIsCancelled() {
        UUID bookingId = UUID.randomUUID();
        String email = newEmail();
        String confirmedId = TestEventBus.publish(EventTypes.BOOKING_CONFIRMED, bookingId.toString(),
                payloadOf(EventTypes.BOOKING_CONFIRMED, new BookingConfirmed(bookingId, UUID.randomUUID(), email,
                        "Ada Lovelace", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1,
                        List.of(UUID.randomUUID()), JAZZ_NIGHT, Instant.now())));
        await().atMost(PATIENCE).until(() -> inboxHolds(confirmedId));
        assertThat(heldBookingStatus(bookingId)).isEqualTo("CONFIRMED");

        publish(withBookingId(cancelled(UUID.randomUUID(), email, UUID.randomUUID(), BookingCancelled.Cause.BUYER),
                bookingId));

        // same key, same partition: the confirmation was read before the cancellation that follows it
        MimeMessage only = awaitOneMailTo(email);
        assertThat(subjectOf(only)).isEqualTo("Your booking for Jazz Night is cancelled");
        await().atMost(PATIENCE).until(() -> "CANCELLED".equals(heldBookingStatus(bookingId)));
    }

    @Test
    void otherBookingEventsAreIgnored() {
        UUID eventId = UUID.randomUUID();
        String availabilityId = TestEventBus.publish(EventTypes.AVAILABILITY_CHANGED, eventId.toString(),
                payloadOf(EventTypes.AVAILABILITY_CHANGED, new AvailabilityChanged(eventId, UUID.randomUUID(),
                        UUID.randomUUID(), 10, 3, Instant.now())));
        BookingCancelled cancelled = withEventId(cancelled(UUID.randomUUID(), newEmail(), eventId,
                BookingCancelled.Cause.BUYER), eventId);

        // keyed like the availability notice, so read after it
        TestEventBus.publish(EventTypes.BOOKING_CANCELLED, eventId.toString(), payloadOf(cancelled));

        awaitOneMailTo(cancelled.buyerEmail());
        assertThat(inboxHolds(availabilityId)).isFalse();
    }

    @Test
    void aCancellationWithAnUnusableTimeZoneGoesToTheDeadLetterTopicAndQueuesNothing() {
        BookingCancelled valid = cancelled(UUID.randomUUID(), newEmail(), UUID.randomUUID(), BookingCancelled.Cause.BUYER);
        BookingConfirmed.EventSnapshot onMars = new BookingConfirmed.EventSnapshot("Jazz Night", null,
                "Mars/Olympus_Mons", "Evening show", JAZZ_NIGHT.sessionStartsAt(), JAZZ_NIGHT.sessionEndsAt(),
                "Standing", null);
        BookingCancelled unusable = new BookingCancelled(valid.bookingId(), valid.userId(), valid.buyerEmail(),
                valid.buyerName(), valid.eventId(), valid.sessionId(), valid.ticketTypeId(), valid.quantity(),
                valid.seatIds(), valid.cause(), valid.reason(), valid.cancelledBy(), onMars, valid.occurredAt());

        publish(unusable);

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.BOOKING_EVENTS),
                message -> unusable.bookingId().toString().equals(message.key()), 1, PATIENCE)).hasSize(1);
        assertThat(mailRows("BOOKING_CANCELLED", unusable.bookingId().toString())).isZero();
    }

    private String publish(BookingCancelled cancelled) {
        return TestEventBus.publish(EventTypes.BOOKING_CANCELLED, cancelled.bookingId().toString(),
                payloadOf(EventTypes.BOOKING_CANCELLED, cancelled));
    }

    private String payloadOf(BookingCancelled cancelled) {
        return payloadOf(EventTypes.BOOKING_CANCELLED, cancelled);
    }

    private static BookingCancelled cancelled(UUID buyerId, String email, UUID eventId, BookingCancelled.Cause cause) {
        return new BookingCancelled(UUID.randomUUID(), buyerId, email, "Ada Lovelace", eventId, UUID.randomUUID(),
                UUID.randomUUID(), 2, List.of(UUID.randomUUID(), UUID.randomUUID()), cause, null,
                cause == BookingCancelled.Cause.EVENT_CANCELLED ? null : buyerId, JAZZ_NIGHT, Instant.now());
    }

    private static BookingCancelled withBookingId(BookingCancelled c, UUID bookingId) {
        return new BookingCancelled(bookingId, c.userId(), c.buyerEmail(), c.buyerName(), c.eventId(), c.sessionId(),
                c.ticketTypeId(), c.quantity(), c.seatIds(), c.cause(), c.reason(), c.cancelledBy(), c.event(),
                c.occurredAt());
    }

    private static BookingCancelled withEventId(BookingCancelled c, UUID eventId) {
        return new BookingCancelled(c.bookingId(), c.userId(), c.buyerEmail(), c.buyerName(), eventId, c.sessionId(),
                c.ticketTypeId(), c.quantity(), c.seatIds(), c.cause(), c.reason(), c.cancelledBy(), c.event(),
                c.occurredAt());
    }

    private String heldBookingStatus(UUID bookingId) {
        return jdbc.sql("SELECT status FROM held_booking WHERE booking_id = :booking")
                .param("booking", bookingId).query(String.class).optional().orElse(null);
    }

    private static BookingChanged changed(UUID bookingId, int revision, String email, int before, int after) {
        UUID session = UUID.randomUUID();
        UUID ticketType = UUID.randomUUID();
        List<UUID> seats = new ArrayList<>();
        for (int i = 0; i < after; i++) {
            seats.add(UUID.randomUUID());
        }
        List<UUID> released = after < before ? List.of(UUID.randomUUID()) : List.of();
        List<UUID> added = after > before ? List.of(seats.get(0)) : List.of();
        return new BookingChanged(bookingId, revision, UUID.randomUUID(), email, "Ada Lovelace", UUID.randomUUID(),
                new BookingChanged.Line(session, ticketType, before), new BookingChanged.Line(session, ticketType, after),
                seats, released, added, JAZZ_NIGHT, null, Instant.now());
    }

    private long mailRows(String kind, String reference) {
        return jdbc.sql("SELECT count(*) FROM outbound_mail WHERE kind = :kind AND reference = :reference")
                .param("kind", kind).param("reference", reference).query(Long.class).single();
    }

    private static String newEmail() {
        return "buyer-" + UUID.randomUUID() + "@example.com";
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainTextOf(MimeMessage mail) {
        try {
            return (String) single(leafParts(mail), "text/plain").getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
