package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.analytics.application.RecordingBookingCancellation;
import com.evently.ticketing.analytics.application.RecordingBookingChange;
import com.evently.ticketing.analytics.application.RecordingConfirmedBooking;
import com.evently.ticketing.analytics.application.RecordingWaitlistOffer;
import com.evently.ticketing.analytics.domain.BookingCancellation;
import com.evently.ticketing.analytics.domain.BookingLine;
import com.evently.ticketing.analytics.domain.BookingRevision;
import com.evently.ticketing.analytics.domain.CancellationCause;
import com.evently.ticketing.analytics.domain.ConfirmedBooking;
import com.evently.ticketing.analytics.domain.Price;
import com.evently.ticketing.analytics.domain.WaitlistOffer;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Money;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingCancelled;
import com.evently.ticketing.contracts.booking.BookingChanged;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.contracts.booking.WaitlistOfferMade;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

import static com.evently.ticketing.analytics.adapter.in.messaging.ContractMapping.mapped;

/**
 * Feeds the booking facts with every booking's confirmation, edits and cancellation, and keeps waiting-list offers.
 * All go through one inbox name: an event id is handled once, whatever its type. Availability notices are not
 * needed: capacity comes from the catalog and sales from the bookings.
 */
@Component
class BookingEventsListener implements ProjectionFeed {

    private static final String CONSUMER = "analytics.booking-events";
    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            EventTypes.BOOKING_CONFIRMED, BookingConfirmed.class,
            EventTypes.BOOKING_CHANGED, BookingChanged.class,
            EventTypes.BOOKING_CANCELLED, BookingCancelled.class,
            EventTypes.WAITLIST_OFFER_MADE, WaitlistOfferMade.class);

    private final IdempotentConsumer inbox;
    private final RecordingConfirmedBooking recordingConfirmedBooking;
    private final RecordingBookingChange recordingBookingChange;
    private final RecordingBookingCancellation recordingBookingCancellation;
    private final RecordingWaitlistOffer recordingWaitlistOffer;

    BookingEventsListener(IdempotentConsumer inbox, RecordingConfirmedBooking recordingConfirmedBooking,
                          RecordingBookingChange recordingBookingChange,
                          RecordingBookingCancellation recordingBookingCancellation,
                          RecordingWaitlistOffer recordingWaitlistOffer) {
        this.inbox = inbox;
        this.recordingConfirmedBooking = recordingConfirmedBooking;
        this.recordingBookingChange = recordingBookingChange;
        this.recordingBookingCancellation = recordingBookingCancellation;
        this.recordingWaitlistOffer = recordingWaitlistOffer;
    }

    @KafkaListener(topics = Topics.BOOKING_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        consume(inbox, CONSUMER, record);
    }

    @Override
    public String topic() {
        return Topics.BOOKING_EVENTS;
    }

    @Override
    public Class<?> payloadType(String eventType) {
        return PAYLOADS.get(eventType);
    }

    @Override
    public void apply(String eventType, Object payload) {
        switch (eventType) {
            case EventTypes.BOOKING_CONFIRMED -> recordingConfirmedBooking.record(
                    mapped(eventType, () -> confirmedBooking((BookingConfirmed) payload)));
            case EventTypes.BOOKING_CHANGED -> recordingBookingChange.record(
                    mapped(eventType, () -> revision((BookingChanged) payload)));
            case EventTypes.BOOKING_CANCELLED -> recordingBookingCancellation.record(
                    mapped(eventType, () -> cancellation((BookingCancelled) payload)));
            case EventTypes.WAITLIST_OFFER_MADE -> recordingWaitlistOffer.record(
                    mapped(eventType, () -> offer((WaitlistOfferMade) payload)));
            default -> throw new IllegalArgumentException("Not a projected booking event: " + eventType);
        }
    }

    private static ConfirmedBooking confirmedBooking(BookingConfirmed confirmed) {
        return new ConfirmedBooking(confirmed.bookingId(), confirmed.userId(), confirmed.eventId(),
                new BookingLine(confirmed.sessionId(), confirmed.ticketTypeId(), confirmed.quantity()),
                priceOf(confirmed.event()), confirmed.occurredAt());
    }

    private static BookingRevision revision(BookingChanged changed) {
        BookingChanged.Line current = changed.current();
        return new BookingRevision(changed.bookingId(), changed.userId(), changed.eventId(), changed.revision(),
                new BookingLine(current.sessionId(), current.ticketTypeId(), current.quantity()),
                priceOf(changed.event()), changed.occurredAt());
    }

    private static BookingCancellation cancellation(BookingCancelled cancelled) {
        return new BookingCancellation(cancelled.bookingId(), cancelled.userId(), cancelled.eventId(),
                new BookingLine(cancelled.sessionId(), cancelled.ticketTypeId(), cancelled.quantity()),
                CancellationCause.valueOf(cancelled.cause().name()), cancelled.occurredAt());
    }

    private static WaitlistOffer offer(WaitlistOfferMade made) {
        return new WaitlistOffer(made.offerId(), made.userId(), made.eventId(),
                new BookingLine(made.sessionId(), made.ticketTypeId(), made.quantity()), made.occurredAt(),
                made.expiresAt());
    }

    private static Price priceOf(BookingConfirmed.EventSnapshot snapshot) {
        Money price = snapshot == null ? null : snapshot.unitPrice();
        return price == null ? null : new Price(new BigDecimal(price.amount()), price.currency());
    }
}
