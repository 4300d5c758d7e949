package com.evently.ticketing.event.config;

import com.evently.ticketing.event.adapter.out.booking.HttpBookingInventory;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The synchronous call to booking-service: timeouts on the client, retry and circuit breaker around it. */
@Configuration(proxyBeanMethods = false)
public class BookingServiceClientConfiguration {

    /** The resilience4j instance name under which retry and circuit breaker are configured. */
    static final String BOOKING_SERVICE = "booking-service";

    private static final Logger log = LoggerFactory.getLogger(BookingServiceClientConfiguration.class);

    @Bean
    HttpBookingInventory bookingInventory(RestClient.Builder restClients, CatalogProperties properties,
                                          @Value("${ticketing.internal.token:}") String internalToken,
                                          RetryRegistry retries, CircuitBreakerRegistry circuitBreakers) {
        CatalogProperties.BookingService bookingService = properties.bookingService();
        if (internalToken.isBlank()) {
            log.warn("TICKETING_INTERNAL_TOKEN is not set: capacity changes of published events will be refused");
        }
        RestClient client = HttpBookingInventory.bookingServiceClient(restClients, bookingService.baseUrl(),
                bookingService.connectTimeout(), bookingService.readTimeout());
        return new HttpBookingInventory(client, internalToken,
                retries.retry(BOOKING_SERVICE), circuitBreakers.circuitBreaker(BOOKING_SERVICE));
    }
}
