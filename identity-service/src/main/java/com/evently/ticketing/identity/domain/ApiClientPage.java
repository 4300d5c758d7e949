package com.evently.ticketing.identity.domain;

import java.util.List;

/** One page of API clients, and how many there are in all. */
public record ApiClientPage(List<ApiClient> clients, long totalMatches) {

    public ApiClientPage {
        clients = List.copyOf(clients);
    }
}
