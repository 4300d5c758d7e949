package com.evently.ticketing.booking.adapter.in.messaging;

import com.evently.ticketing.booking.application.port.in.StockInventory;
import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.catalog.EventPublished;
import com.evently.ticketing.platform.inbox.IdempotentConsumer;
import com.evently.ticketing.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns catalog events into inventory. Other catalog event types do not concern booking (yet) and are skipped. */
@Component
class CatalogEventsListener {

    /** The inbox name of this consumer: its processed event ids are recorded under it. */
    static final String CONSUMER = "booking-inventory";

    private final IdempotentConsumer idempotentConsumer;
    private final StockInventory stockInventory;

    CatalogEventsListener(IdempotentConsumer idempotentConsumer, StockInventory stockInventory) {
        this.idempotentConsumer = idempotentConsumer;
        this.stockInventory = stockInventory;
    }

    @KafkaListener(topics = Topics.CATALOG_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        if (EventTypes.EVENT_PUBLISHED.equals(IncomingEvent.typeOf(record))) {
            // The inbox row and the inventory commit together: a redelivery (same ce_id) is skipped whole.
            idempotentConsumer.consume(CONSUMER, record, EventPublished.class,
                    event -> stockInventory.stock(EventPublishedMapping.toCommand(event)));
        }
    }
}
