package com.evently.ticketing.gateway.security;

import com.evently.ticketing.gateway.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as problem+json with the RFC 6750 challenge. The reason a token was refused (expired, wrong issuer,
 * bad signature...) is not echoed: it would help someone forging tokens more than it helps a client.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (failure instanceof OAuth2AuthenticationException refused) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"%s\"".formatted(refused.getError().getErrorCode()));
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "The access token is invalid or expired.");
        }
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "This request needs a bearer access token.");
    }
}
