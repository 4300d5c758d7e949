package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.platform.inbox.MalformedEventException;

import java.util.function.Supplier;

/** Turning a contract's payload into this service's values, where a payload that breaks its contract fails once. */
final class ContractMapping {

    /** A payload that breaks the contract will never become valid: straight to the dead-letter topic. */
    static <T> T mapped(String eventType, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(eventType + " breaks its contract: " + e.getMessage(), e);
        }
    }

    private ContractMapping() {
    }
}
