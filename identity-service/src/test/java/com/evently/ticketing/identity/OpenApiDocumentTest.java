package com.evently.ticketing.identity;

import com.evently.ticketing.testsupport.OpenApiDocuments;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The document this service publishes at {@code /v3/api-docs} is the checked-in {@code docs/openapi/identity.json} that
 * the OpenAPI linter and the generated Java client read. Runs in the context the other full-stack tests share.
 */
@ServiceIntegrationTest
class OpenApiDocumentTest extends IdentityIntegrationTest {

    @Test
    void publishesTheCheckedInOpenApiDocument() {
        String document = client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        OpenApiDocuments.assertCheckedInCopyMatches("identity", document);
    }
}
