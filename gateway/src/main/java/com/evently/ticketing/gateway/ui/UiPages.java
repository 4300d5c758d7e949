package com.evently.ticketing.gateway.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.util.Arrays;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The web UI is one page that routes in the browser (history API). Its addresses must still answer when typed,
 * reloaded or followed from a mail (the password reset link is {@code /reset-password?token=…}), so each of them
 * serves that page. Only these paths do: anything else stays a 404, and nothing under {@code /api} is touched.
 */
@Configuration(proxyBeanMethods = false)
public class UiPages {

    /** Kept in step with the routes in {@code static/app/router.js}. */
    static final String[] PATHS = {
            "/", "/events", "/events/{id}", "/login", "/register", "/forgot-password", "/reset-password",
            "/bookings", "/bookings/{id}", "/tickets", "/tickets/claim", "/profile", "/waitlist-offers/{id}",
            "/organizer", "/organizer/events/{id}", "/organizer/events/{id}/attendees", "/organizer/events/{id}/scan",
            "/organizer/events/{id}/analytics",
            "/admin/users", "/admin/events", "/admin/audit-log", "/admin/notifications",
    };

    @Bean
    RouterFunction<ServerResponse> uiPageRoutes(@Value("classpath:/static/index.html") Resource page) {
        RequestPredicate uiPath = Arrays.stream(PATHS).map(path -> GET(path)).reduce(RequestPredicate::or).orElseThrow();
        // The page is tiny and names its scripts by path: revalidating it each time lets a deploy take effect at once.
        return route(uiPath, request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(page));
    }
}
