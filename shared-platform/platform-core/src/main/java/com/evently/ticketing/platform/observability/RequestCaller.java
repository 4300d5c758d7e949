package com.evently.ticketing.platform.observability;

import com.evently.ticketing.platform.security.ClientScopes;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who made a request, for its access line: the token's subject for a user, its {@code client_id} for an API
 * client, neither for an anonymous or internal call. Never the token itself.
 * <p>
 * Read from the request attribute in which the bearer token filter saves the authentication it made: the access
 * log writes its line after Spring Security has cleared its thread-bound context again, and a request then
 * refused by authorization (403) still names its caller.
 */
record RequestCaller(String userId, String clientId) {

    private static final RequestCaller NOBODY = new RequestCaller(null, null);

    static RequestCaller of(HttpServletRequest request) {
        if (request.getAttribute(RequestAttributeSecurityContextRepository.DEFAULT_REQUEST_ATTR_NAME)
                instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof Jwt jwt) {
            String clientId = jwt.getClaimAsString(ClientScopes.CLIENT_ID_CLAIM);
            return clientId != null ? new RequestCaller(null, clientId) : new RequestCaller(jwt.getSubject(), null);
        }
        return NOBODY;
    }
}
