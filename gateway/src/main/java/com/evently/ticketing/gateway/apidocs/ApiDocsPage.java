package com.evently.ticketing.gateway.apidocs;

import com.evently.ticketing.gateway.config.DownstreamServices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * {@code /api-docs}: one Swagger UI (the swagger-ui webjar) over the OpenAPI documents of every service the gateway
 * routes to, each fetched live through its {@code /v3/api-docs/<service>} route. The list is built from the route
 * table's services, so it is the same on the launcher and on Kubernetes, and a service added there appears here.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsPage {

    static final String PATH = "/api-docs";
    /** The service whose document the UI opens first: the one partners start with. */
    private static final String FIRST = "event";

    @Bean
    RouterFunction<ServerResponse> apiDocsRoutes(@Value("classpath:/static/api-docs/index.html") Resource page,
                                                 DownstreamServices downstream) {
        Map<String, Object> swaggerConfig = swaggerConfig(downstream);
        return route(GET(PATH).or(GET(PATH + "/")), request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(page))
                .andRoute(GET(PATH + "/swagger-config"), request -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache())
                        .bodyValue(swaggerConfig));
    }

    private static Map<String, Object> swaggerConfig(DownstreamServices downstream) {
        List<Map<String, String>> urls = downstream.byName().keySet().stream()
                .map(service -> Map.of("name", service, "url", "/v3/api-docs/" + service))
                .toList();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("urls", urls);
        config.put("urls.primaryName", FIRST);
        // Swagger UI would otherwise ask an online validator about each document
        config.put("validatorUrl", "none");
        return config;
    }
}
