package com.evently.ticketing.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api-docs}: one Swagger UI, without a token, listing the OpenAPI document of every service. */
@GatewayTest
class ApiDocsPageTest {

    private static final List<String> SERVICES = List.of("identity", "event", "booking", "ticket", "notification", "analytics");

    @Autowired
    WebTestClient gateway;

    @Test
    void servesSwaggerUiUnderThePagePolicyWithoutAToken() {
        EntityExchangeResult<String> page = gateway.get().uri("/api-docs").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();

        assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getResponseBody())
                .contains("<script src=\"/webjars/swagger-ui/swagger-ui-bundle.js\"></script>")
                .contains("<script src=\"/api-docs/start.js\"></script>")
                .doesNotContain("<script>");
        String policy = page.getResponseHeaders().getFirst("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void servesTheScriptsAndStylesThePageNames() {
        for (String path : new String[]{"/webjars/swagger-ui/swagger-ui-bundle.js",
                "/webjars/swagger-ui/swagger-ui-standalone-preset.js", "/webjars/swagger-ui/swagger-ui.css",
                "/api-docs/start.js"}) {
            HttpHeaders headers = gateway.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .returnResult(String.class).getResponseHeaders();

            assertThat(headers.getContentType()).as(path).isNotNull();
            assertThat(headers.getContentType().getSubtype()).as(path).isIn("javascript", "css");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsEveryServicesDocumentAtAPathTheGatewayRoutesToThatService() {
        Map<String, Object> config = gateway.get().uri("/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        List<Map<String, String>> urls = (List<Map<String, String>>) config.get("urls");
        assertThat(urls).extracting(entry -> entry.get("name")).containsExactlyElementsOf(SERVICES);
        for (Map<String, String> entry : urls) {
            if (entry.get("name").equals("notification")) {
                // unreachable in this environment: routed, so the gateway answers 503, not 404
                gateway.get().uri(entry.get("url")).exchange().expectStatus().isEqualTo(503);
                continue;
            }
            gateway.get().uri(entry.get("url")).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.service").isEqualTo(entry.get("name"))
                    .jsonPath("$.path").isEqualTo("/v3/api-docs");
        }
    }
}
