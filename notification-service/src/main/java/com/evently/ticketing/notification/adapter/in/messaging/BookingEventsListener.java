package com.evently.ticketing.notification.adapter.in.messaging;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferExpired;
import com.evently.ticketing.contracts.booking.WaitlistOfferMade;
import com.evently.ticketing.notification.application.QueueOutcome;
import com.evently.ticketing.notification.application.QueueingMail;
import com.evently.ticketing.notification.application.TrackingBookings;
import com.evently.ticketing.notification.domain.BookingCancellation;
import com.evently.ticketing.notification.domain.BookingChange;
import com.evently.ticketing.notification.domain.CancellationCause;
import com.evently.ticketing.notification.domain.EventDetails;
import com.evently.ticketing.notification.domain.HeldBooking;
import com.evently.ticketing.notification.domain.Notice;
import com.evently.ticketing.notification.domain.Recipient;
import com.evently.ticketing.notification.domain.WaitlistOffer;
import com.evently.ticketing.notification.domain.WebUi;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.InboxOutcome;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Queues the mails of a booking's life after its confirmation: changed, cancelled (one mail per buyer when the
 * whole event was called off), waiting-list offers and their expiry; and keeps the copy of confirmed bookings that
 * session reminders are sent from, in the same inbox transaction. The confirmation mail itself goes out when
 * ticket-service has issued the tickets; other booking events are ignored.
 */
public class BookingEventsListener {

    /** The inbox name of this consumer: a redelivered event id is recognised and changes nothing. */
    static final String CONSUMER = "notification.booking-lifecycle";

    private static final Logger log = LoggerFactory.getLogger(BookingEventsListener.class);

    private final IdempotentConsumer idempotentConsumer;
    private final QueueingMail queueingMail;
    private final TrackingBookings trackingBookings;
    private final WebUi webUi;
    private final Locale language;

    /** @param language the language of a mail to a recipient whose own is not known here */
    public BookingEventsListener(IdempotentConsumer idempotentConsumer, QueueingMail queueingMail,
                                 TrackingBookings trackingBookings, WebUi webUi, Locale language) {
        this.idempotentConsumer = idempotentConsumer;
        this.queueingMail = queueingMail;
        this.trackingBookings = trackingBookings;
        this.webUi = webUi;
        this.language = language;
    }

    @KafkaListener(topics = Topics.BOOKING_EVENTS)
    public void on(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.typeOf(record);
        InboxOutcome outcome;
        if (EventTypes.BOOKING_CONFIRMED.equals(type)) {
            outcome = idempotentConsumer.consume(CONSUMER, record, BookingConfirmed.class,
                    event -> trackingBookings.confirmed(heldBookingOf(event.payload())));
        } else if (EventTypes.BOOKING_CANCELLED.equals(type)) {
            outcome = idempotentConsumer.consume(CONSUMER, record, BookingCancelled.class, event -> {
                BookingCancellation cancellation = cancellationOf(event.payload());
                trackingBookings.cancelled(cancellation.bookingId());
                queue(cancellation.notice(language), event.id());
            });
        } else if (EventTypes.BOOKING_CHANGED.equals(type)) {
            outcome = idempotentConsumer.consume(CONSUMER, record, BookingChanged.class, event -> {
                BookingChange change = changeOf(event.payload());
                BookingChanged.Line now = event.payload().current();
                trackingBookings.changed(change.bookingId(), change.revision(), now.sessionId(), now.quantity(),
                        change.event());
                queue(change.notice(language), event.id());
            });
        } else if (EventTypes.WAITLIST_OFFER_MADE.equals(type)) {
            outcome = idempotentConsumer.consume(CONSUMER, record, WaitlistOfferMade.class,
                    event -> queue(offerOf(event.payload()).notice(webUi, language), event.id()));
        } else if (EventTypes.WAITLIST_OFFER_EXPIRED.equals(type)) {
            outcome = idempotentConsumer.consume(CONSUMER, record, WaitlistOfferExpired.class,
                    event -> queue(expiryOf(event.payload()).lapseNotice(webUi, language), event.id()));
        } else {
            return;
        }
        if (outcome == InboxOutcome.DUPLICATE) {
            log.debug("Ignored redelivered {} at {}-{}@{}", type, record.topic(), record.partition(), record.offset());
        }
    }

    private void queue(Notice notice, UUID eventId) {
        QueueOutcome queued = queueingMail.queue(notice);
        log.info("Mail for {}: {} (event {})", notice.purpose().description(), queued, eventId);
    }

    private static HeldBooking heldBookingOf(BookingConfirmed confirmed) {
        requireAll(EventTypes.BOOKING_CONFIRMED, "bookingId, userId, buyerEmail, eventId, sessionId or occurredAt",
                confirmed.bookingId(), confirmed.userId(), confirmed.buyerEmail(), confirmed.eventId(),
                confirmed.sessionId(), confirmed.occurredAt());
        return usable(EventTypes.BOOKING_CONFIRMED, confirmed.bookingId(), () -> new HeldBooking(
                confirmed.bookingId(), confirmed.userId(), new Recipient(confirmed.buyerEmail(), confirmed.buyerName()),
                confirmed.eventId(), confirmed.sessionId(), confirmed.quantity(), confirmed.occurredAt(),
                detailsOf(confirmed.event())));
    }

    private static BookingCancellation cancellationOf(BookingCancelled cancelled) {
        // the same payload fails the same way on every retry: straight to the dead-letter topic
        requireAll(EventTypes.BOOKING_CANCELLED, "bookingId, userId, buyerEmail, eventId or cause",
                cancelled.bookingId(), cancelled.userId(), cancelled.buyerEmail(), cancelled.eventId(),
                cancelled.cause());
        return usable(EventTypes.BOOKING_CANCELLED, cancelled.bookingId(), () -> new BookingCancellation(
                cancelled.bookingId(), cancelled.userId(),
                new Recipient(cancelled.buyerEmail(), cancelled.buyerName()), cancelled.eventId(),
                cancelled.quantity(), CancellationCause.valueOf(cancelled.cause().name()), cancelled.reason(),
                detailsOf(cancelled.event())));
    }

    private static BookingChange changeOf(BookingChanged changed) {
        requireAll(EventTypes.BOOKING_CHANGED, "bookingId, buyerEmail, previous or current",
                changed.bookingId(), changed.buyerEmail(), changed.previous(), changed.current());
        BookingChanged.Line before = changed.previous();
        BookingChanged.Line now = changed.current();
        return usable(EventTypes.BOOKING_CHANGED, changed.bookingId(), () -> new BookingChange(
                changed.bookingId(), changed.revision(), new Recipient(changed.buyerEmail(), changed.buyerName()),
                before.quantity(), now.quantity(),
                !Objects.equals(before.sessionId(), now.sessionId()),
                !Objects.equals(before.ticketTypeId(), now.ticketTypeId()),
                sizeOf(changed.releasedSeatIds()), sizeOf(changed.addedSeatIds()),
                detailsOf(changed.event())));
    }

    private static WaitlistOffer offerOf(WaitlistOfferMade offer) {
        requireAll(EventTypes.WAITLIST_OFFER_MADE, "offerId, userId, email or expiresAt",
                offer.offerId(), offer.userId(), offer.email(), offer.expiresAt());
        return usable(EventTypes.WAITLIST_OFFER_MADE, offer.offerId(), () -> new WaitlistOffer(offer.offerId(),
                offer.userId(), new Recipient(offer.email(), offer.name()), offer.quantity(), offer.expiresAt(),
                detailsOf(offer.event())));
    }

    private static WaitlistOffer expiryOf(WaitlistOfferExpired expired) {
        requireAll(EventTypes.WAITLIST_OFFER_EXPIRED, "offerId, userId, email or expiresAt",
                expired.offerId(), expired.userId(), expired.email(), expired.expiresAt());
        return usable(EventTypes.WAITLIST_OFFER_EXPIRED, expired.offerId(), () -> new WaitlistOffer(
                expired.offerId(), expired.userId(), new Recipient(expired.email(), expired.name()),
                expired.quantity(), expired.expiresAt(), detailsOf(expired.event())));
    }

    private static EventDetails detailsOf(BookingConfirmed.EventSnapshot event) {
        if (event == null) {
            return EventDetails.unknown();
        }
        return new EventDetails(event.title(), event.venue(),
                event.timeZone() == null ? null : ZoneId.of(event.timeZone()),
                event.sessionName(), event.sessionStartsAt(), event.ticketTypeName(), event.sessionEndsAt());
    }

    private static void requireAll(String type, String names, Object... values) {
        for (Object value : values) {
            if (value == null) {
                throw new MalformedEventException(type + " without " + names + ", which its schema requires", null);
            }
        }
    }

    private static <T> T usable(String type, Object id, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException("Unusable " + type + " for " + id + ": " + e.getMessage(), e);
        }
    }

    private static int sizeOf(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
