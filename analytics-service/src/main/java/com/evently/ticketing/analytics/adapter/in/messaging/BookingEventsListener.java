package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.analytics.application.RecordConfirmedBookingCommand;
import com.evently.ticketing.analytics.application.RecordingConfirmedBooking;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.booking.BookingConfirmed;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import com.evently.ticketing.platform.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Counts confirmed bookings into the event statistics; other booking events are not needed yet. */
@Component
class BookingEventsListener {

    private static final String CONSUMER = "analytics.booking-events";

    private final IdempotentConsumer inbox;
    private final RecordingConfirmedBooking recordingConfirmedBooking;

    BookingEventsListener(IdempotentConsumer inbox, RecordingConfirmedBooking recordingConfirmedBooking) {
        this.inbox = inbox;
        this.recordingConfirmedBooking = recordingConfirmedBooking;
    }

    @KafkaListener(topics = Topics.BOOKING_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        if (EventTypes.BOOKING_CONFIRMED.equals(IncomingEvent.typeOf(record))) {
            inbox.consume(CONSUMER, record, BookingConfirmed.class,
                    event -> recordingConfirmedBooking.record(toCommand(event.payload())));
        }
    }

    /** A payload that breaks the contract will never become valid: straight to the dead-letter topic. */
    private static RecordConfirmedBookingCommand toCommand(BookingConfirmed confirmed) {
        try {
            return new RecordConfirmedBookingCommand(confirmed.bookingId(), confirmed.eventId(), confirmed.quantity());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("BookingConfirmed breaks its contract: " + e.getMessage(), e);
        }
    }
}
