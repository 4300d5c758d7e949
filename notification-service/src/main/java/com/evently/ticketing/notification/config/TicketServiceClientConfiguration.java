package com.evently.ticketing.notification.config;

import com.evently.ticketing.notification.adapter.out.ticketservice.HttpTicketDocuments;
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
 * The synchronous call to ticket-service: this service's token for {@code internal:ticket-documents} on every
 * request, timeouts on the client, retry and circuit breaker around it.
 */
@Configuration(proxyBeanMethods = false)
@Import(ServiceClientConfiguration.class) // this service's tokens from identity (TICKETING_SERVICE_CLIENT_SECRET)
public class TicketServiceClientConfiguration {

    /** The resilience4j instance name under which retry and circuit breaker are configured. */
    static final String TICKET_SERVICE = "ticket-service";

    @Bean
    HttpTicketDocuments ticketDocuments(RestClient.Builder restClients, NotificationProperties properties,
                                        ServiceTokens serviceTokens, RetryRegistry retries,
                                        CircuitBreakerRegistry circuitBreakers) {
        NotificationProperties.TicketService ticketService = properties.ticketService();
        RestClient client = HttpTicketDocuments.ticketServiceClient(restClients, ticketService.baseUrl(),
                ticketService.connectTimeout(), ticketService.readTimeout(),
                serviceTokens.interceptorFor(InternalScopes.TICKET_DOCUMENTS));
        return new HttpTicketDocuments(client, retries.retry(TICKET_SERVICE), circuitBreakers.circuitBreaker(TICKET_SERVICE));
    }
}
