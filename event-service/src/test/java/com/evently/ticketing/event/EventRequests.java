package com.evently.ticketing.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for {@code POST /api/v1/events}, as mutable maps so a test can break exactly one thing. */
final class EventRequests {

    static Map<String, Object> javaDay(String title) {
        return event(title, "Hall A, Lisbon", session("Day 1", "2027-03-01T09:00:00+00:00", "2027-03-01T17:00:00+00:00"));
    }

    @SafeVarargs
    static Map<String, Object> event(String title, String venue, Map<String, Object>... sessions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Talks and workshops");
        body.put("venue", venue);
        body.put("timeZone", "Europe/Lisbon");
        body.put("sessions", new ArrayList<>(List.of(sessions)));
        body.put("ticketTypes", new ArrayList<>(List.of(
                ticketType("Standard", "25.00", 100),
                ticketType("VIP", "120.50", 10))));
        return body;
    }

    static Map<String, Object> session(String name, String startsAt, String endsAt) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("name", name);
        session.put("startsAt", startsAt);
        session.put("endsAt", endsAt);
        return session;
    }

    static Map<String, Object> ticketType(String name, String amount, int capacity) {
        Map<String, Object> ticketType = new LinkedHashMap<>();
        ticketType.put("name", name);
        ticketType.put("price", new LinkedHashMap<>(Map.of("amount", amount, "currency", "EUR")));
        ticketType.put("capacity", capacity);
        return ticketType;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstOf(Map<String, Object> body, String list) {
        return ((List<Map<String, Object>>) body.get(list)).getFirst();
    }

    private EventRequests() {
    }
}
