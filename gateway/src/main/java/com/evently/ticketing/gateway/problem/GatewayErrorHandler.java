package com.evently.ticketing.gateway.problem;

import com.evently.ticketing.gateway.correlation.RequestIdFilter;
import com.evently.ticketing.gateway.correlation.TraceIdFilter;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.handler.timeout.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Turns every failure that reaches the gateway's edge into a problem+json answer: no route (404), a service
 * that cannot be reached or whose circuit is open (503), one that does not answer in time (504), one that
 * breaks off its answer (502). Details are fixed sentences: exception messages name internal hosts.
 */
@Component
@Order(-2) // ahead of Boot's DefaultErrorWebExceptionHandler (-1), which would answer in its own format
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponses problems;

    public GatewayErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        Outcome outcome = outcomeOf(failure);
        report(exchange, outcome, failure);
        return problems.write(exchange, outcome.status(), outcome.detail());
    }

    private record Outcome(HttpStatus status, String detail) {
    }

    private static Outcome outcomeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Optional<Outcome> outcome = recognised(cause);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        return new Outcome(HttpStatus.INTERNAL_SERVER_ERROR, "The gateway failed unexpectedly.");
    }

    private static Optional<Outcome> recognised(Throwable failure) {
        return switch (failure) {
            case ResponseStatusException e when e.getStatusCode().value() == 404 ->
                    Optional.of(new Outcome(HttpStatus.NOT_FOUND, "No API resource at this path."));
            case ResponseStatusException e when e.getStatusCode().value() == 503 -> unavailable();
            case ResponseStatusException e when e.getStatusCode().value() == 504 -> timedOut();
            case ResponseStatusException e -> Optional.ofNullable(HttpStatus.resolve(e.getStatusCode().value()))
                    .map(status -> new Outcome(status, e.getReason() != null ? e.getReason() : status.getReasonPhrase()));
            case ServiceUnavailableException e -> unavailable();
            case CallNotPermittedException e -> unavailable();
            case ConnectException e -> unavailable();
            case UnknownHostException e -> unavailable();
            // The token could not be checked because identity's keys could not be fetched.
            case AuthenticationServiceException e -> unavailable();
            case org.springframework.cloud.gateway.support.TimeoutException e -> timedOut();
            case java.util.concurrent.TimeoutException e -> timedOut();
            case TimeoutException e -> timedOut();
            case IOException e -> Optional.of(
                    new Outcome(HttpStatus.BAD_GATEWAY, "The service behind this path broke off its answer."));
            default -> Optional.empty();
        };
    }

    private static Optional<Outcome> unavailable() {
        return Optional.of(new Outcome(HttpStatus.SERVICE_UNAVAILABLE, "The service behind this path is unavailable; try again later."));
    }

    private static Optional<Outcome> timedOut() {
        return Optional.of(new Outcome(HttpStatus.GATEWAY_TIMEOUT, "The service behind this path did not answer in time."));
    }

    private static void report(ServerWebExchange exchange, Outcome outcome, Throwable failure) {
        if (!outcome.status().is5xxServerError()) {
            return;
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String routeId = route == null ? "none" : route.getId();
        if (outcome.status() == HttpStatus.INTERNAL_SERVER_ERROR) {
            TraceIdFilter.named(log.atError(), exchange).setCause(failure)
                    .log("Request {} on route {} failed", RequestIdFilter.of(exchange), routeId);
        } else {
            TraceIdFilter.named(log.atWarn(), exchange).log("Request {} on route {} answered {}: {}",
                    RequestIdFilter.of(exchange), routeId, outcome.status().value(), failure.toString());
        }
    }
}
