package com.evently.ticketing.event;

import com.evently.ticketing.testsupport.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/**
 * The document this service publishes at {@code /v3/api-docs} is the checked-in {@code docs/openapi/event.json} that
 * the OpenAPI linter and the generated Java client read. Runs in the context the other full-stack tests share.
 */
class OpenApiDocumentTest extends EventServiceIntegrationTest {

    @Test
    void publishesTheCheckedInOpenApiDocument() {
        String document = http.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        OpenApiDocuments.assertCheckedInCopyMatches("event", document);
    }
}
