package com.evently.ticketing.event.adapter.out.booking;

import com.evently.ticketing.platform.security.ServiceTokenUnavailable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

import java.util.function.Predicate;

/**
 * The failures worth another try and the ones the circuit breaker counts: booking-service unreachable, too slow,
 * failing or shedding load, or no token to be had because identity-service is. A refusal (409), a refused token or
 * identity refusing this service's credentials is an answer: repeating the call changes nothing.
 * Named in {@code resilience4j.*} configuration.
 */
public class TransientBookingFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof ResourceAccessException
                || failure instanceof HttpServerErrorException
                || failure instanceof HttpClientErrorException.TooManyRequests
                || failure instanceof ServiceTokenUnavailable noToken && noToken.outage();
    }
}
