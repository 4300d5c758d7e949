package com.evently.ticketing.event;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * event-service: events, their sessions and ticket types, from draft to sale. The service and its classes are
 * named "event"; "catalog" remains only in what others already rely on: the {@code catalog} schema and its
 * changelog, the {@code catalog.events.v1} topic and the {@code catalog.*.v1} contracts.
 */
@SpringBootApplication
public class EventServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EventServiceApplication.class, args);
    }
}
