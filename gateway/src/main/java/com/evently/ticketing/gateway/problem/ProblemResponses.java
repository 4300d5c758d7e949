package com.evently.ticketing.gateway.problem;

import com.evently.ticketing.gateway.correlation.RequestIdFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;

/**
 * Writes the gateway's own errors as RFC 9457 problem+json. Errors produced by a service pass through the
 * gateway untouched and never come here.
 */
@Component
public class ProblemResponses {

    private final ServerResponse.Context codecs;

    public ProblemResponses(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.codecs = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    /** A transport-level outcome, which HTTP already names (e.g. 503 {@code service-unavailable}). */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        return write(exchange, GatewayProblem.of(status), detail);
    }

    public Mono<Void> write(ServerWebExchange exchange, GatewayProblem kind, String detail) {
        return ServerResponse.status(kind.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem(exchange, kind, detail))
                .flatMap(response -> response.writeTo(exchange, codecs));
    }

    private static ProblemDetail problem(ServerWebExchange exchange, GatewayProblem kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
        problem.setType(kind.type());
        problem.setTitle(kind.title());
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        problem.setProperty("requestId", RequestIdFilter.of(exchange));
        return problem;
    }
}
