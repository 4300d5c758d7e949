package com.evently.ticketing.booking.application;

import com.evently.ticketing.booking.application.port.out.EventSnapshots;
import com.evently.ticketing.booking.application.port.out.Inventory;
import com.evently.ticketing.booking.domain.EventSnapshot;
import com.evently.ticketing.booking.domain.InventoryLine;
import com.evently.ticketing.booking.domain.InventoryLineKey;
import com.evently.ticketing.platform.domain.Transactions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opens the lines of a session or ticket type added to a published event (catalog.SessionAdded,
 * catalog.TicketTypeAdded). Safe to repeat: lines and snapshot rows that exist stay as they are, seats sold included.
 */
public final class ExtendingInventory {

    private final Transactions transactions;
    private final EventSnapshots eventSnapshots;
    private final Inventory inventory;

    public ExtendingInventory(Transactions transactions, EventSnapshots eventSnapshots, Inventory inventory) {
        this.transactions = transactions;
        this.eventSnapshots = eventSnapshots;
        this.inventory = inventory;
    }

    /** @return false when booking never received the event: there is nothing to extend. */
    public boolean extend(ExtendInventoryCommand command) {
        return transactions.inTransaction(() -> {
            Optional<EventSnapshot> known = eventSnapshots.find(command.eventId());
            if (known.isEmpty()) {
                return false;
            }
            EventSnapshot event = known.get();
            EventSnapshot extended = event.withStructure(
                    merged(event.sessions(), command.sessions(), EventSnapshot.Session::id),
                    merged(event.ticketTypes(), command.ticketTypes(), EventSnapshot.TicketType::id));
            eventSnapshots.addStructure(extended);
            // Only new pairs: an existing line keeps its capacity and the seats it sold (addMissing never overwrites).
            List<InventoryLine> lines = new ArrayList<>();
            for (EventSnapshot.Session session : extended.sessions()) {
                for (EventSnapshot.TicketType type : extended.ticketTypes()) {
                    if (command.sessions().contains(session) || command.ticketTypes().contains(type)) {
                        lines.add(InventoryLine.unsold(new InventoryLineKey(event.eventId(), session.id(), type.id()),
                                type.capacity(), type.maxSeatsPerUser()));
                    }
                }
            }
            inventory.addMissing(lines);
            return true;
        });
    }

    /** The stored items in their order, each replaced by its incoming version, then the new ones. */
    private static <T> List<T> merged(List<T> stored, List<T> incoming, Function<T, UUID> idOf) {
        Map<UUID, T> byId = new LinkedHashMap<>();
        stored.forEach(item -> byId.put(idOf.apply(item), item));
        incoming.forEach(item -> byId.put(idOf.apply(item), item));
        return List.copyOf(byId.values());
    }
}
