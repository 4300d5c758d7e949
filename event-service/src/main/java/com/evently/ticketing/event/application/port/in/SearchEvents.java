package com.evently.ticketing.event.application.port.in;

/** Anyone browses the events on sale. */
public interface SearchEvents {

    EventSearchResult search(EventSearchQuery query);
}
