package com.evently.ticketing.event.application;

import com.evently.ticketing.event.application.port.out.Events;

/** Browsing is public and shows only what is on sale, so it is a plain query. */
public class SearchingEvents {

    private final Events events;

    public SearchingEvents(Events events) {
        this.events = events;
    }

    public EventSearchResult search(EventSearchQuery query) {
        return events.searchPublished(query);
    }
}
