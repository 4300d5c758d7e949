package com.evently.ticketing.gateway.security;

import com.evently.ticketing.gateway.correlation.RequestIdFilter;
import com.evently.ticketing.gateway.correlation.TraceIdFilter;
import com.evently.ticketing.gateway.problem.ProblemResponses;
import com.evently.ticketing.gateway.ratelimit.RateLimitFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/**
 * The gateway's half of "validate everywhere": a request under {@code /api/v1} is forwarded only with a valid
 * access token, except the public reads and the sign-in calls. The Authorization header travels on unchanged,
 * and each service validates it again and checks roles on its use cases. A request that presents a token on a
 * public path must still present a valid one.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder accessTokens, ProblemResponses problems,
                                       CorsProperties cors) {
        ProblemAuthenticationEntryPoint unauthenticated = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(problems);
        return http
                // Bearer tokens only, no sessions: no ambient credential for CSRF to abuse here. The one cookie, the web
                // UI's refresh token, is passed through to identity, which guards it (SessionCookies there).
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // SecurityHeadersFilter writes them, for every response, including the ones refused here.
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                // Answers preflights itself, before any token is asked for, and refuses origins not listed.
                .cors(spec -> spec.configurationSource(crossOriginPolicy(cors)))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/api/v1/events/*/attendees/**", "/api/v1/events/*/waitlist/**",
                                "/api/v1/events/*/feedback/**").authenticated()
                        // the one-click unsubscribe link of a mail is its own credential (signed by notification)
                        .pathMatchers("/api/v1/notifications/unsubscribe").permitAll()
                        // scanners: the pass keys are public, and a check-in device proves itself with its own
                        // credential (X-Check-In-Device), which ticket-service checks
                        .pathMatchers(HttpMethod.GET, "/api/v1/check-in/keys").permitAll()
                        .pathMatchers("/api/v1/check-in/device/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/v1/events/**", "/.well-known/jwks.json").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/v1/auth/**").permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .pathMatchers("/v3/api-docs/**").permitAll()
                        .pathMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .pathMatchers("/api/v1/**").authenticated()
                        // No route exists beyond these: letting the rest through lets the router answer 404, not 401.
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(accessTokens).jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * The request's server observation and the client observation of the forwarded call stay (their spans make the
     * gateway's part of a trace); Spring Security's observations of each filter-chain step, authentication and
     * authorization would add four spans per request that no dashboard reads (docs/perf/profile-2026-12-07.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall refuses paths that are not in normal form (dot segments, encoded slashes...):
     * once a service normalised them, they could reach a path the route table never meant to expose, such as
     * {@code /internal/**}.
     */
    @Bean
    ServerExchangeRejectedHandler malformedRequests(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST, "The request was rejected as malformed.");
    }

    /**
     * The web UI's origin may call the API from a browser. No credentials mode: the UI sends its access token in
     * the Authorization header, and its refresh-token cookie only to its own origin. Identity's X-Session-Cookie
     * header is deliberately not an allowed header: no page of another origin may send it.
     */
    private static CorsConfigurationSource crossOriginPolicy(CorsProperties cors) {
        CorsConfiguration policy = new CorsConfiguration();
        policy.setAllowedOrigins(cors.allowedOrigins().stream()
                .map(String::trim)
                .filter(origin -> !origin.isEmpty())
                .toList());
        policy.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        policy.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, "Idempotency-Key",
                HttpHeaders.IF_MATCH, RequestIdFilter.HEADER));
        policy.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER,
                RateLimitFilter.RATE_LIMIT, RateLimitFilter.RATE_LIMIT_POLICY,
                RequestIdFilter.HEADER, TraceIdFilter.HEADER));
        policy.setAllowCredentials(false);
        policy.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", policy);
        return source;
    }

    /** identity-service puts the user's roles in a {@code roles} claim: USER, ORGANIZER, ADMIN. */
    private static Converter<Jwt, Mono<AbstractAuthenticationToken>> rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(authentication);
    }
}
