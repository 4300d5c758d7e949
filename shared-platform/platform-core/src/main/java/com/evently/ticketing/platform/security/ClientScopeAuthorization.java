package com.evently.ticketing.platform.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The scope gate every rule of the resource server is combined with: grants whatever is not an API client's
 * request (users, anonymous callers: their own rules decide), and a client's request only when the first
 * {@link ScopeRestrictedEndpoints} declaration it matches names a scope the client holds.
 */
final class ClientScopeAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final List<Rule> rules;

    ClientScopeAuthorization(List<ScopeRestrictedEndpoints> declarations) {
        this.rules = declarations.stream()
                .flatMap(declared -> declared.endpoints().stream()
                        .map(endpoint -> new Rule(endpoint.matcher(), declared.scopes())))
                .toList();
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !(caller.getPrincipal() instanceof Jwt jwt) || !ClientTokens.isClientToken(jwt)) {
            return GRANTED;
        }
        Set<String> held = ClientTokens.scopes(jwt);
        return rules.stream().filter(rule -> rule.matcher().matches(context.getRequest())).findFirst()
                .filter(rule -> rule.scopes().stream().anyMatch(held::contains))
                .map(rule -> GRANTED)
                .orElse(DENIED);
    }

    private record Rule(RequestMatcher matcher, Set<String> scopes) {
    }
}
