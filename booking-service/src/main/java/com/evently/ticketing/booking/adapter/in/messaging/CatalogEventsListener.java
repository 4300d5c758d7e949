package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.CancellingEventBookings;
import com.evently.ticketing.booking.application.ChangeCapacityCommand;
import com.evently.ticketing.booking.application.ChangedCapacity;
import com.evently.ticketing.booking.application.ChangingCapacity;
import com.evently.ticketing.booking.application.ExtendingInventory;
import com.evently.ticketing.booking.application.MarkingEventCancelled;
import com.evently.ticketing.booking.application.MarkingEventCompleted;
import com.evently.ticketing.booking.application.RetiringTicketType;
import com.evently.ticketing.booking.application.RevisingEventDetails;
import com.evently.ticketing.booking.application.StockingInventory;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.CapacityChanged;
import com.evently.ticketing.contracts.catalog.EventCancelled;
import com.evently.ticketing.contracts.catalog.EventCompleted;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.contracts.catalog.EventUpdated;
import com.evently.ticketing.contracts.catalog.SessionAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeAdded;
import com.evently.ticketing.contracts.catalog.TicketTypeRetired;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import static com.evently.ticketing.platform.inbox.IncomingEvent.typeOf;

/**
 * Turns catalog events into inventory (also for sessions and ticket types added later), keeps event descriptions
 * current, resizes lines, closes sales of completed events, closes sales of cancelled events and then cancels their
 * bookings.
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
    private final ChangingCapacity changingCapacity;
    private final MarkingEventCompleted markingEventCompleted;
    private final ExtendingInventory extendingInventory;
    private final RetiringTicketType retiringTicketType;

    CatalogEventsListener(IdempotentConsumer idempotentConsumer, StockingInventory stockingInventory,
                          RevisingEventDetails revisingEventDetails, MarkingEventCancelled markingEventCancelled,
                          CancellingEventBookings cancellingEventBookings, ChangingCapacity changingCapacity,
                          MarkingEventCompleted markingEventCompleted, ExtendingInventory extendingInventory,
                          RetiringTicketType retiringTicketType) {
        this.idempotentConsumer = idempotentConsumer;
        this.stockingInventory = stockingInventory;
        this.revisingEventDetails = revisingEventDetails;
        this.markingEventCancelled = markingEventCancelled;
        this.cancellingEventBookings = cancellingEventBookings;
        this.changingCapacity = changingCapacity;
        this.markingEventCompleted = markingEventCompleted;
        this.extendingInventory = extendingInventory;
        this.retiringTicketType = retiringTicketType;
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
            // Closes sales like a cancellation, but the bookings stay: the event took place.
            case EventTypes.EVENT_COMPLETED -> idempotentConsumer.consume(CONSUMER, record, EventCompleted.class,
                    event -> markingEventCompleted.markCompleted(EventCompletedMapping.toCommand(event)));
            case EventTypes.SESSION_ADDED -> idempotentConsumer.consume(CONSUMER, record, SessionAdded.class,
                    event -> extendingInventory.extend(StructureAddedMapping.toCommand(event)));
            case EventTypes.TICKET_TYPE_ADDED -> idempotentConsumer.consume(CONSUMER, record, TicketTypeAdded.class,
                    event -> extendingInventory.extend(StructureAddedMapping.ticketTypeCommand(event)));
            case EventTypes.TICKET_TYPE_RETIRED -> idempotentConsumer.consume(CONSUMER, record, TicketTypeRetired.class,
                    event -> retiringTicketType.retire(event.payload().eventId(), event.payload().ticketTypeId(),
                            event.payload().retiredAt()));
            case EventTypes.CAPACITY_CHANGED -> idempotentConsumer.consume(CONSUMER, record, CapacityChanged.class,
                    event -> convergeCapacity(CapacityChangedMapping.toCommand(event)));
            case null, default -> {
            }
        }
    }

    /**
     * The catalog asked booking before it committed, so this normally finds the capacity in place already. A refusal
     * means seats were sold after all; the lines keep what booking knows to be sold, and retrying would not help.
     */
    private void convergeCapacity(ChangeCapacityCommand command) {
        if (changingCapacity.apply(command) instanceof ChangedCapacity.Refused refused) {
            log.warn("CapacityChanged {} for ticket type {} of event {} not applied: {}", command.changeId(),
                    command.ticketTypeId(), command.eventId(), refused.reason().getMessage());
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
