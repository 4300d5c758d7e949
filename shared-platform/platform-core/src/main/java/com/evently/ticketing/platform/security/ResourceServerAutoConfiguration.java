package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.time.ClockAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Every service is a stateless OAuth2 resource server that trusts nothing from the network: each request
 * carries an access token it verifies itself (docs/architecture.md#security).
 * <p>
 * The rules, first match wins: an internal endpoint a service declares ({@link InternalEndpoints}) needs a service
 * token holding its internal scope, and the rest of {@code /internal/**} is closed; the role-restricted endpoints a
 * service declares ({@link RoleRestrictedEndpoints}) and {@code /api/v1/admin/**} need their roles, decided before
 * any body is read; health, metrics, API docs and a service's {@link PublicEndpoints} are open; everything else
 * needs a valid access token. Every rule matches the path as Spring MVC decodes and routes it.
 * <p>
 * An API client's token must also pass the scope gate ({@link ScopeRestrictedEndpoints}: the service's
 * declarations, then the platform's defaults for the public API); it is closed to clients wherever no scope is
 * declared. Users' tokens pass the gate untouched.
 */
@AutoConfiguration(after = ClockAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(JwtSecurityProperties.class)
public class ResourceServerAutoConfiguration {

    private static final String[] ALWAYS_PUBLIC = {
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /** Administration, in every service as at the gateway. */
    private static final String ADMINISTRATION = "/api/v1/admin/**";

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(JwtSecurityProperties properties, Clock clock) {
        return PlatformJwtDecoders.fromJwksUri(properties, clock);
    }

    /**
     * The request's own server observation (its span, its {@code http.server.requests} timer) stays; Spring
     * Security's observations of every filter-chain step, authentication and authorization, four more spans per
     * request that no dashboard reads, cost a tenth of booking-service's CPU per booking
     * (docs/perf/profile-2026-12-07.md).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
                                                  List<RoleRestrictedEndpoints> roleRestrictedEndpoints,
                                                  ObjectProvider<ScopeRestrictedEndpoints> scopeRestrictedEndpoints,
                                                  ObjectProvider<InternalEndpoints> internalEndpoints,
                                                  JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        RequestMatcher internalApi = pathPattern(InternalApi.PATH_PATTERN);
        AuthenticationEntryPoint unauthenticated = unauthenticated(internalApi, problems);
        AccessDeniedHandler forbidden = forbidden(internalApi, problems);
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new TokenAuthorities());
        List<ScopeRestrictedEndpoints> scopeRules = new ArrayList<>(scopeRestrictedEndpoints.orderedStream().toList());
        scopeRules.addAll(ScopeRestrictedEndpoints.defaults());
        ClientScopeAuthorization scopes = new ClientScopeAuthorization(scopeRules);

        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    internalEndpoints.orderedStream().forEach(declared -> requests.requestMatchers(matchers(declared.endpoints()))
                            .access(new ServiceScopeAuthorization(declared.scope())));
                    requests.requestMatchers(internalApi).denyAll();
                    roleRestrictedEndpoints.stream().filter(restricted -> !restricted.endpoints().isEmpty())
                            .forEach(restricted -> requests.requestMatchers(matchers(restricted.endpoints()))
                                    .access(allOf(scopes, AuthorityAuthorizationManager.hasAnyRole(
                                            restricted.roles().toArray(String[]::new)))));
                    requests.requestMatchers(ADMINISTRATION).hasRole("ADMIN");
                    requests.requestMatchers(ALWAYS_PUBLIC).permitAll();
                    publicEndpoints.stream().filter(declared -> !declared.endpoints().isEmpty())
                            .forEach(declared -> requests.requestMatchers(matchers(declared.endpoints()))
                                    .access(scopes));
                    requests.anyRequest().access(allOf(scopes, AuthenticatedAuthorizationManager.authenticated()));
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /** Both must grant: the scope gate (which lets every user through) and the rule the path had before it. */
    private static AuthorizationManager<RequestAuthorizationContext> allOf(
            ClientScopeAuthorization scopes, AuthorizationManager<RequestAuthorizationContext> rule) {
        return AuthorizationManagers.allOf(scopes, rule);
    }

    private static RequestMatcher[] matchers(List<EndpointPattern> endpoints) {
        return endpoints.stream().map(EndpointPattern::matcher).toArray(RequestMatcher[]::new);
    }

    /** An internal call refused with no token: it needs a service's. */
    private static AuthenticationEntryPoint unauthenticated(RequestMatcher internalApi, ProblemResponses problems) {
        AuthenticationEntryPoint bearerTokenRequired = problems.unauthorized();
        return (request, response, failure) -> {
            if (internalApi.matches(request)) {
                problems.internalCallWithoutToken(request, response);
            } else {
                bearerTokenRequired.commence(request, response, failure);
            }
        };
    }

    /** An internal call refused though a valid token came with it: not a service token of the endpoint's scope. */
    private static AccessDeniedHandler forbidden(RequestMatcher internalApi, ProblemResponses problems) {
        AccessDeniedHandler roleDoesNotAllow = problems.forbidden();
        return (request, response, denied) -> {
            if (internalApi.matches(request)) {
                problems.internalCallNotAllowed(request, response);
            } else {
                roleDoesNotAllow.handle(request, response, denied);
            }
        };
    }

    @Bean
    WebMvcConfigurer authenticatedUserParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new AuthenticatedUserArgumentResolver());
            }
        };
    }
}
