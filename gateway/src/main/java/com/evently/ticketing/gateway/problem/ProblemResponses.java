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
import java.util.Locale;

/**
 * Writes the gateway's own errors as RFC 9457 problem+json. Errors produced by a service pass through the
 * gateway untouched and never come here.
 */
@Component
public class ProblemResponses {

    private static final String TYPE_BASE = "https://ticketing.evently.dev/problems/";

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

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem(exchange, status, detail))
                .flatMap(response -> response.writeTo(exchange, codecs));
    }

    /** The type URI of a gateway problem, e.g. {@code https://ticketing.evently.dev/problems/gateway-timeout}. */
    public static URI typeOf(HttpStatus status) {
        // The gateway only reports transport-level outcomes, which HTTP already names: the reason phrase is the slug.
        return URI.create(TYPE_BASE + status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-'));
    }

    private static ProblemDetail problem(ServerWebExchange exchange, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(typeOf(status));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        problem.setProperty("requestId", RequestIdFilter.of(exchange));
        return problem;
    }
}
