package com.evently.ticketing.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The web UI is served by the gateway, to anyone, under a policy that allows no inline or evaluated script. */
@GatewayTest
class UiPagesTest {

    @Autowired
    WebTestClient gateway;

    @Test
    void servesThePageAtTheRootAndAtEveryRouteOfTheUiWithoutAToken() {
        for (String path : new String[]{"/", "/events", "/events/6f1c1a52-2a0b-4a8e-9a51-1b7e0c6a4e01", "/login",
                "/register", "/bookings", "/bookings/6f1c1a52-2a0b-4a8e-9a51-1b7e0c6a4e01", "/tickets",
                "/profile", "/waitlist-offers/6f1c1a52-2a0b-4a8e-9a51-1b7e0c6a4e01",
                "/forgot-password", "/reset-password?token=abc%2Bdef", "/organizer", "/organizer/events/new",
                "/organizer/events/6f1c1a52-2a0b-4a8e-9a51-1b7e0c6a4e01/attendees",
                "/organizer/events/6f1c1a52-2a0b-4a8e-9a51-1b7e0c6a4e01/scan",
                "/organizer/events/6f1c1a52-2a0b-4a8e-9a51-1b7e0c6a4e01/analytics",
                "/admin/users", "/admin/events", "/admin/audit-log", "/admin/notifications"}) {
            EntityExchangeResult<String> page = gateway.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).returnResult();

            assertThat(page.getResponseHeaders().getContentType()).as(path).isNotNull();
            assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(path).isTrue();
            assertThat(page.getResponseBody()).as(path).contains("<script type=\"module\" src=\"/app/main.js\">");
            expectUiPolicy(page.getResponseHeaders());
        }
    }

    @Test
    void servesItsScriptsStylesAndLibrariesWithoutVersionsInThePath() {
        for (String path : new String[]{"/app/main.js", "/app/app.js", "/app/api.js", "/app/evaluator.js",
                "/app/router.js", "/app/organizer.js", "/app/checkin.js", "/app/analytics.js", "/app/admin.js",
                "/app/attendee.js", "/app/browse.js", "/app/app.css", "/webjars/alpinejs/dist/module.esm.js", "/webjars/picocss__pico/css/pico.min.css",
                "/webjars/chartjs/dist/chart.umd.js"}) {
            HttpHeaders headers = gateway.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .returnResult(String.class).getResponseHeaders();

            assertThat(headers.getContentType()).as(path).isNotNull();
            assertThat(headers.getContentType().getSubtype()).as(path).isIn("javascript", "css");
            assertThat(headers.get("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        }
    }

    @Test
    void pageAndScriptsAllowNoInlineScriptNoEvalAndNoFraming() {
        HttpHeaders headers = gateway.get().uri("/app/app.js").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders();

        expectUiPolicy(headers);
        String policy = headers.getFirst("Content-Security-Policy");
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .contains("script-src 'self'").contains("frame-ancestors 'none'").contains("connect-src 'self'");
    }

    @Test
    void leavesTheApiItsOwnPolicyAndItsTokenRequirement() {
        HttpHeaders refused = gateway.get().uri("/api/v1/bookings").exchange()
                .expectStatus().isUnauthorized()
                .returnResult(String.class).getResponseHeaders();

        assertThat(refused.get("Content-Security-Policy")).containsExactly("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void answersAnUnknownPathWithNotFoundRatherThanThePage() {
        gateway.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound();
        gateway.get().uri("/events/not-an-id/more").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound();
    }

    private static void expectUiPolicy(HttpHeaders headers) {
        assertThat(headers.get("Content-Security-Policy")).containsExactly(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
                        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                        + "frame-ancestors 'none'");
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
    }
}
