package com.evently.ticketing.notification.config;

import com.evently.ticketing.notification.adapter.out.ticketservice.HttpTicketDocuments;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The synchronous call to ticket-service: timeouts on the client, retry and circuit breaker around it. */
@Configuration(proxyBeanMethods = false)
public class TicketServiceClientConfiguration {

    /** The resilience4j instance name under which retry and circuit breaker are configured. */
    static final String TICKET_SERVICE = "ticket-service";

    private static final Logger log = LoggerFactory.getLogger(TicketServiceClientConfiguration.class);

    @Bean
    HttpTicketDocuments ticketDocuments(RestClient.Builder restClients, NotificationProperties properties,
                                        @Value("${ticketing.internal.token:}") String internalToken,
                                        RetryRegistry retries, CircuitBreakerRegistry circuitBreakers) {
        NotificationProperties.TicketService ticketService = properties.ticketService();
        if (internalToken.isBlank()) {
            log.warn("TICKETING_INTERNAL_TOKEN is not set: tickets PDFs cannot be fetched and confirmation mails will fail");
        }
        RestClient client = HttpTicketDocuments.ticketServiceClient(restClients, ticketService.baseUrl(),
                ticketService.connectTimeout(), ticketService.readTimeout());
        return new HttpTicketDocuments(client, internalToken,
                retries.retry(TICKET_SERVICE), circuitBreakers.circuitBreaker(TICKET_SERVICE));
    }
}
