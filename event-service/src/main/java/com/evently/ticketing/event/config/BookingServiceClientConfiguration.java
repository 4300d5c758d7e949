package com.evently.ticketing.event.config;

import com.evently.ticketing.event.adapter.out.booking.HttpBookingInventory;
import com.evently.ticketing.platform.security.InternalScopes;
import com.evently.ticketing.platform.security.ServiceClientConfiguration;
import com.evently.ticketing.platform.security.ServiceTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.client.RestClient;

/**
 * The synchronous call to booking-service: this service's token for {@code internal:booking-inventory} on every
 * request, timeouts on the client, retry and circuit breaker around it.
 */
@Configuration(proxyBeanMethods = false)
@Import(ServiceClientConfiguration.class) // this service's tokens from identity (TICKETING_SERVICE_CLIENT_SECRET)
public class BookingServiceClientConfiguration {

    /** The resilience4j instance name under which retry and circuit breaker are configured. */
    static final String BOOKING_SERVICE = "booking-service";

    @Bean
    HttpBookingInventory bookingInventory(RestClient.Builder restClients, EventProperties properties,
                                          ServiceTokens serviceTokens, RetryRegistry retries,
                                          CircuitBreakerRegistry circuitBreakers) {
        EventProperties.BookingService bookingService = properties.bookingService();
        RestClient client = HttpBookingInventory.bookingServiceClient(restClients, bookingService.baseUrl(),
                bookingService.connectTimeout(), bookingService.readTimeout(),
                serviceTokens.interceptorFor(InternalScopes.BOOKING_INVENTORY));
        return new HttpBookingInventory(client, retries.retry(BOOKING_SERVICE), circuitBreakers.circuitBreaker(BOOKING_SERVICE));
    }
}
