package com.evently.ticketing.notification.adapter.out.ticketservice;

import com.evently.ticketing.platform.security.ServiceTokenUnavailable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

import java.util.function.Predicate;

/**
 * The failures worth another try and the ones the circuit breaker counts: ticket-service unreachable, too slow,
 * failing or shedding load, or no token to be had because identity-service is. Other 4xx answers (unknown booking,
 * refused token) and identity refusing this service's credentials are not: repeating the call changes nothing. Named in {@code resilience4j.*} configuration.
 */
public class TransientTicketServiceFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof ResourceAccessException
                || failure instanceof HttpServerErrorException
                || failure instanceof HttpClientErrorException.TooManyRequests
                || failure instanceof ServiceTokenUnavailable noToken && noToken.outage();
    }
}
