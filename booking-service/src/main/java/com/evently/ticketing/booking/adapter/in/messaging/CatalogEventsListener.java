package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.CancellingEventBookings;
import com.evently.ticketing.booking.application.MarkingEventCancelled;
import com.evently.ticketing.booking.application.RevisingEventDetails;
import com.evently.ticketing.booking.application.StockingInventory;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import static com.evently.ticketing.platform.inbox.IncomingEvent.typeOf;

/**
 * Turns catalog events into inventory, keeps event descriptions current, closes sales of cancelled events and then
 * cancels their bookings.
 * Other catalog event types do not concern booking and are skipped.
 */
@Component
class CatalogEventsListener {

    private static final Logger log = LoggerFactory.getLogger(CatalogEventsListener.class);

    /**
     * The inbox name of this consumer: its processed event ids are recorded under it. One name for every catalog
     * type (ce_ids are unique across types); it predates updates and cancellations and stays, or events already
     * recorded under it would be processed again.
     */
    static final String CONSUMER = "booking-inventory";

    private final IdempotentConsumer idempotentConsumer;
    private final StockingInventory stockingInventory;
    private final RevisingEventDetails revisingEventDetails;
    private final MarkingEventCancelled markingEventCancelled;
    private final CancellingEventBookings cancellingEventBookings;

    CatalogEventsListener(IdempotentConsumer idempotentConsumer, StockingInventory stockingInventory,
                          RevisingEventDetails revisingEventDetails, MarkingEventCancelled markingEventCancelled,
                          CancellingEventBookings cancellingEventBookings) {
        this.idempotentConsumer = idempotentConsumer;
        this.stockingInventory = stockingInventory;
        this.revisingEventDetails = revisingEventDetails;
        this.markingEventCancelled = markingEventCancelled;
        this.cancellingEventBookings = cancellingEventBookings;
    }

    // In every case the inbox row and the change commit together: a redelivery (same ce_id) is skipped whole.
    @KafkaListener(topics = Topics.CATALOG_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        switch (typeOf(record)) {
            case EventTypes.EVENT_PUBLISHED -> idempotentConsumer.consume(CONSUMER, record, EventPublished.class,
                    event -> stockingInventory.stock(EventPublishedMapping.toCommand(event)));
            case EventTypes.EVENT_UPDATED -> idempotentConsumer.consume(CONSUMER, record, EventUpdated.class,
                    event -> revisingEventDetails.revise(EventUpdatedMapping.toCommand(event)));
            case EventTypes.EVENT_CANCELLED -> {
                idempotentConsumer.consume(CONSUMER, record, EventCancelled.class,
                        event -> markingEventCancelled.markCancelled(EventCancelledMapping.toCommand(event)));
                cancelBookingsOfCancelledEvents();
            }
            case null, default -> {
            }
        }
    }

    /**
     * Right after the cancellation committed, in transactions of their own, so that buyers hear of it at once. Also
     * after a redelivery: a crash may have stopped the first run half-way. A failure here must not fail the record
     * (it is processed, and would end in the dead-letter topic): the scheduled sweep finishes the job.
     */
    private void cancelBookingsOfCancelledEvents() {
        try {
            cancellingEventBookings.cancelAll();
        } catch (RuntimeException failure) {
            log.warn("Cancelling the bookings of cancelled events failed; the scheduled sweep will retry", failure);
        }
    }
}
