package com.evently.ticketing.gateway.hardening;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import com.evently.ticketing.gateway.problem.GatewayProblem;
import com.evently.ticketing.gateway.problem.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than the configured size with a 400 {@code request-too-large} problem, before
 * anything reaches a service. A declared Content-Length is checked up front. A body sent without one (chunked)
 * is read up to the limit first and forwarded only when it ended within it: streamed on, the service would
 * already have received the start of a body the gateway then has to cut off.
 */
@Component
@Order(WebFilterOrder.REQUEST_SIZE_LIMIT)
public class RequestSizeLimitFilter implements WebFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    public RequestSizeLimitFilter(RequestSizeProperties properties, ProblemResponses problems) {
        this.maxBytes = properties.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long declared = headers.getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0 || !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), Math.toIntExact(maxBytes))
                .map(RequestSizeLimitFilter::copyAndRelease)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> chain.filter(exchange.mutate().request(withBody(exchange, body)).build()))
                .onErrorResume(DataBufferLimitException.class, tooLarge -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange, GatewayProblem.REQUEST_TOO_LARGE,
                "The request body is larger than the %d bytes this API accepts.".formatted(maxBytes));
    }

    // A heap copy can be sent again if a filter resubscribes, and cannot leak if no service ever reads it.
    private static byte[] copyAndRelease(DataBuffer joined) {
        try {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(joined);
        }
    }

    private static ServerHttpRequest withBody(ServerWebExchange exchange, byte[] body) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders framed = new HttpHeaders();
        framed.putAll(request.getHeaders());
        framed.remove(HttpHeaders.TRANSFER_ENCODING);
        framed.setContentLength(body.length);
        return new ServerHttpRequestDecorator(request) {
            @Override
            public HttpHeaders getHeaders() {
                return framed;
            }

            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
    }
}
