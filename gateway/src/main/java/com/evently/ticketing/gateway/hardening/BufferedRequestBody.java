package com.evently.ticketing.gateway.hardening;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request body read whole by the gateway, for a filter that must look at it or that may forward it only once
 * it has ended, and handed on as if it had never been read.
 */
public final class BufferedRequestBody {

    private BufferedRequestBody() {
    }

    /**
     * The body's bytes, empty when there is none; fails with {@link DataBufferLimitException} once it grows past
     * {@code maxBytes}, having read no more than that.
     */
    public static Mono<byte[]> read(ServerWebExchange exchange, long maxBytes) {
        return DataBufferUtils.join(exchange.getRequest().getBody(), Math.toIntExact(maxBytes))
                .map(BufferedRequestBody::copyAndRelease)
                .defaultIfEmpty(new byte[0]);
    }

    /** The exchange with its request carrying {@code body} again, framed with a Content-Length. */
    public static ServerWebExchange replaying(ServerWebExchange exchange, byte[] body) {
        return exchange.mutate().request(withBody(exchange, body)).build();
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
