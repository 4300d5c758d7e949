package com.evently.ticketing.notification.adapter.out.ticketservice;

import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

import java.util.function.Predicate;

/**
 * The failures worth another try and the ones the circuit breaker counts: ticket-service unreachable, too slow,
 * failing or shedding load. Other 4xx answers (unknown booking, refused token) are not: repeating the call
 * changes nothing, and they show ticket-service is up. Named in {@code resilience4j.*} configuration.
 */
public class TransientTicketServiceFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof ResourceAccessException
                || failure instanceof HttpServerErrorException
                || failure instanceof HttpClientErrorException.TooManyRequests;
    }
}
