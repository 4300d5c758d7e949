package com.evently.ticketing.platform.security;

import com.evently.ticketing.platform.web.Problems;
import com.evently.ticketing.testsupport.ServiceIntegrationTest;
import com.evently.ticketing.testsupport.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceIntegrationTest
class RoleRestrictedEndpointsTest {

    @Autowired
    RestTestClient http;

    @Test
    void callerWithoutTheRoleIsForbiddenWhateverTheBody() {
        String attendee = TestUser.attendee().bearer();

        post("/organizer/shows", attendee, "{\"title\": \"\"}").expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(Problems.TYPE_BASE + "forbidden");
        post("/organizer/shows", attendee, "{\"title\": ").expectStatus().isForbidden();
        post("/organizer/shows", attendee, "{\"title\": \"Fine\"}").expectStatus().isForbidden();
    }

    @Test
    void callerWithTheRoleGetsTheValidationReport() {
        post("/organizer/shows", TestUser.organizer().bearer(), "{\"title\": \"\"}").expectStatus().isBadRequest();
        post("/organizer/shows", TestUser.admin().bearer(), "{\"title\": \"Fine\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Fine");
    }

    @Test
    void callerWithoutTokenIsAskedToAuthenticate() {
        http.post().uri("/organizer/shows").contentType(MediaType.APPLICATION_JSON).body("{")
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void administrationIsForAdminsInEveryService() {
        http.get().uri("/api/v1/admin/probe").header(HttpHeaders.AUTHORIZATION, TestUser.organizer().bearer())
                .exchange().expectStatus().isForbidden();
        http.get().uri("/api/v1/admin/probe").header(HttpHeaders.AUTHORIZATION, TestUser.admin().bearer())
                .exchange().expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec post(String path, String bearer, String body) {
        return http.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }
}
