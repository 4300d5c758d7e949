package com.evently.ticketing.event.domain;

import java.util.List;

/** One page of matching events and how many match in all. */
public record EventSearchResult(List<Event> events, long totalMatching) {

    public EventSearchResult {
        events = List.copyOf(events);
    }
}
