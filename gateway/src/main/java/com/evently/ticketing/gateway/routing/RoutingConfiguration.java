package com.evently.ticketing.gateway.routing;

import com.evently.ticketing.gateway.config.DownstreamServices;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which service owns which public path. Anything not listed here, {@code /internal/**} included, matches no
 * route and is answered 404 by the gateway itself. Service tokens need no refusing here: they hold internal scopes
 * only, which no public endpoint of any service accepts (platform-core's scope gate refuses them with 403).
 */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    // Booking owns some sub-resources of an event; the lower order makes them win over the broader events route.
    private static final int SPECIFIC = 0;
    private static final int CATCH_ALL = 10;

    @Bean
    RouteLocator apiRoutes(RouteLocatorBuilder routes, DownstreamServices downstream) {
        RouteLocatorBuilder.Builder builder = routes.routes()
                .route("identity", route -> route.order(SPECIFIC)
                        .path("/api/v1/auth/**", "/api/v1/users/**", "/api/v1/admin/signing-keys/**", "/.well-known/jwks.json",
                                "/api/v1/api-clients/**", "/oauth2/**")
                        .filters(filters -> forwardedTo(filters, "identity"))
                        .uri(downstream.identity()))
                .route("booking", route -> route.order(SPECIFIC)
                        .path("/api/v1/bookings/**", "/api/v1/waitlist-offers/**", "/api/v1/events/*/availability",
                                "/api/v1/events/*/attendees/**", "/api/v1/events/*/waitlist/**", "/api/v1/events/*/feedback/**")
                        .filters(filters -> forwardedTo(filters, "booking"))
                        .uri(downstream.booking()))
                .route("event", route -> route.order(CATCH_ALL)
                        .path("/api/v1/events/**")
                        .filters(filters -> forwardedTo(filters, "event"))
                        .uri(downstream.event()))
                .route("ticket", route -> route.order(SPECIFIC)
                        .path("/api/v1/tickets/**", "/api/v1/check-ins/**", "/api/v1/check-in/**",
                                "/api/v1/events/*/check-in/**")
                        .filters(filters -> forwardedTo(filters, "ticket"))
                        .uri(downstream.ticket()))
                // analytics consumes every topic, so it hosts the redrive of every dead-letter topic
                .route("analytics", route -> route.order(SPECIFIC)
                        .path("/api/v1/analytics/**", "/api/v1/admin/audit-log/**", "/api/v1/admin/dead-letters/**")
                        .filters(filters -> forwardedTo(filters, "analytics"))
                        .uri(downstream.analytics()))
                .route("notification", route -> route.order(SPECIFIC)
                        .path("/api/v1/notifications/**", "/api/v1/admin/notifications/**")
                        .filters(filters -> forwardedTo(filters, "notification"))
                        .uri(downstream.notification()));
        downstream.byName().forEach((service, uri) -> builder.route("api-docs-" + service, route -> route.order(SPECIFIC)
                .path("/v3/api-docs/" + service)
                .filters(filters -> forwardedTo(filters, service).setPath("/v3/api-docs"))
                .uri(uri)));
        return builder.build();
    }

    /**
     * One circuit breaker per service, shared by all its routes: when a service keeps failing, callers get a
     * fast 503 instead of piling up on connect and response timeouts.
     */
    private static GatewayFilterSpec forwardedTo(GatewayFilterSpec filters, String service) {
        return filters.circuitBreaker(breaker -> breaker.setName(service));
    }
}
