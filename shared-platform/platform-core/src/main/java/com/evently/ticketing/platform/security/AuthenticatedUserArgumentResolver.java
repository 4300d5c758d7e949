package com.evently.ticketing.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;

/**
 * Resolves {@link AuthenticatedUser} (a token is required) and {@code Optional<AuthenticatedUser>} (for public
 * endpoints that show more to a signed-in caller).
 */
class AuthenticatedUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AuthenticatedUser.class
                || (parameter.getParameterType() == Optional.class
                && parameter.nested().getNestedParameterType() == AuthenticatedUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        Optional<AuthenticatedUser> caller = currentCaller();
        if (parameter.getParameterType() == Optional.class) {
            return caller;
        }
        return caller.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No bearer token on this request"));
    }

    private static Optional<AuthenticatedUser> currentCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(AuthenticatedUser.from(jwt));
        }
        return Optional.empty();
    }
}
