package com.evently.ticketing.platform.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Supplier;

/**
 * Admits a request to an internal endpoint only with a service token ({@link ClientTokens#isServiceToken}) holding
 * the endpoint's internal scope: a user's token, a partner's client token, a service token of another scope and no
 * token at all are refused.
 * <p>
 * Part of the authorization rules rather than a filter of its own: the rule matches the path exactly as Spring MVC
 * decodes and routes it, where a filter comparing the raw request URI would let {@code /%69nternal/...} through.
 */
final class ServiceScopeAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final String scope;

    ServiceScopeAuthorization(String scope) {
        this.scope = scope;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        return new AuthorizationDecision(caller != null && caller.getPrincipal() instanceof Jwt jwt
                && ClientTokens.isServiceToken(jwt) && ClientTokens.scopes(jwt).contains(scope));
    }
}
