package com.evently.ticketing.gateway.hardening;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import com.evently.ticketing.gateway.problem.GatewayProblem;
import com.evently.ticketing.gateway.problem.ProblemResponses;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
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
        return BufferedRequestBody.read(exchange, maxBytes)
                .flatMap(body -> chain.filter(BufferedRequestBody.replaying(exchange, body)))
                .onErrorResume(DataBufferLimitException.class, tooLarge -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange, GatewayProblem.REQUEST_TOO_LARGE,
                "The request body is larger than the %d bytes this API accepts.".formatted(maxBytes));
    }
}
