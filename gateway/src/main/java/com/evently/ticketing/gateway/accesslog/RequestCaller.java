package com.evently.ticketing.gateway.accesslog;

import com.evently.ticketing.gateway.config.WebFilterOrder;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.Principal;

/**
 * Who made a request, for its access line: the token's subject for a user, its {@code client_id} for an API
 * client, neither for an anonymous call or one Spring Security refused. Never the token itself.
 */
record RequestCaller(String userId, String clientId) {

    private static final String ATTRIBUTE = RequestCaller.class.getName();
    private static final RequestCaller NOBODY = new RequestCaller(null, null);

    static RequestCaller of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE) instanceof RequestCaller caller ? caller : NOBODY;
    }

    private static RequestCaller of(Principal principal) {
        if (principal instanceof JwtAuthenticationToken token) {
            String clientId = token.getToken().getClaimAsString("client_id");
            return clientId != null ? new RequestCaller(null, clientId) : new RequestCaller(token.getToken().getSubject(), null);
        }
        return NOBODY;
    }

    /**
     * Notes the caller Spring Security authenticated among the exchange's attributes, which every view of the
     * exchange shares, so that the access log, outside Spring Security, can name them once the answer is written.
     */
    @Component
    @Order(WebFilterOrder.ACCESS_LOG_CALLER)
    static class RecordingFilter implements WebFilter {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return exchange.getPrincipal()
                    .doOnNext(principal -> exchange.getAttributes().put(ATTRIBUTE, of(principal)))
                    .then(chain.filter(exchange));
        }
    }
}
