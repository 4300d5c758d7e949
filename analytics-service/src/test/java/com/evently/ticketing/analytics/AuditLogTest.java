package com.evently.ticketing.analytics;

import com.evently.ticketing.contracts.EventTypes;
import com.evently.ticketing.contracts.Topics;
import com.evently.ticketing.contracts.identity.SecurityEventRecorded;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.testsupport.TestEventBus;
import com.evently.ticketing.testsupport.TestUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit log: identity's security events kept once each, and paged, filtered and exported for admins only. */
class AuditLogTest extends AnalyticsIntegrationTest {

    private static final String AUDIT_LOG = "/api/v1/admin/audit-log";

    /** Every test has its own account, so entries of other tests never show up in its results. */
    private final UUID account = UUID.randomUUID();
    private final String email = "Audit-" + account.toString().substring(0, 8) + "@Example.com";
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));

    @Test
    void securityEventsShowUpForAnAdminNewestFirst() {
        UUID registered = UUID.fromString(identity.publish(SecurityEventFeed.event("USER_REGISTERED", "SUCCESS",
                account, account, email, t0)));
        identity.publish(SecurityEventFeed.event("LOGIN_FAILED", "FAILURE", null, account, email, t0.plusSeconds(60)));
        UUID loggedIn = UUID.fromString(identity.publish(SecurityEventFeed.event("LOGIN_SUCCEEDED", "SUCCESS", account,
                account, email, t0.plusSeconds(120))));

        JsonNode page = awaitPage(Map.of("userId", account.toString()), 3);

        JsonNode items = page.get("items");
        assertThat(items.valueStream().map(item -> item.get("action").asString()))
                .containsExactly("LOGIN_SUCCEEDED", "LOGIN_FAILED", "USER_REGISTERED");
        JsonNode newest = items.get(0);
        assertThat(newest.get("id").asString()).isEqualTo(loggedIn.toString());
        assertThat(newest.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(newest.get("actorId").asString()).isEqualTo(account.toString());
        assertThat(newest.get("subjectUserId").asString()).isEqualTo(account.toString());
        assertThat(newest.get("email").asString()).isEqualTo(email);
        assertThat(newest.get("clientAddress").asString()).isEqualTo("203.0.113.7");
        assertThat(newest.get("detail").asString()).isEqualTo("login succeeded");
        assertThat(Instant.parse(newest.get("occurredAt").asString())).isEqualTo(t0.plusSeconds(120));
        assertThat(newest.get("recordedAt").isNull()).isFalse();
        assertThat(items.get(1).get("actorId").isNull()).as("an anonymous failed login has no actor").isTrue();
        assertThat(items.get(2).get("id").asString()).isEqualTo(registered.toString());
    }

    @Test
    void filtersByActionOutcomeUserEmailAndTime() {
        UUID otherAccount = UUID.randomUUID();
        identity.publish(SecurityEventFeed.event("LOGIN_FAILED", "FAILURE", null, account, email, t0));
        identity.publish(SecurityEventFeed.event("LOGIN_SUCCEEDED", "SUCCESS", account, account, email,
                t0.plusSeconds(60)));
        identity.publish(SecurityEventFeed.event("ROLES_CHANGED", "SUCCESS", admin.id(), account, email,
                t0.plusSeconds(120)));
        identity.publish(SecurityEventFeed.event("USER_DISABLED", "SUCCESS", account, otherAccount,
                "other-" + otherAccount + "@example.com", t0.plusSeconds(180)));
        awaitPage(Map.of("userId", account.toString()), 4);

        assertThat(actions(Map.of("userId", account.toString(), "action", "LOGIN_FAILED")))
                .containsExactly("LOGIN_FAILED");
        assertThat(actions(Map.of("userId", account.toString(), "outcome", "SUCCESS")))
                .containsExactly("USER_DISABLED", "ROLES_CHANGED", "LOGIN_SUCCEEDED");
        assertThat(actions(Map.of("userId", otherAccount.toString())))
                .as("the subject matches as well as the actor").containsExactly("USER_DISABLED");
        assertThat(actions(Map.of("email", email.toLowerCase())))
                .as("exact e-mail, any case").containsExactly("ROLES_CHANGED", "LOGIN_SUCCEEDED", "LOGIN_FAILED");
        assertThat(actions(Map.of("email", email.substring(0, 10)))).as("no partial e-mail match").isEmpty();
        assertThat(actions(Map.of("userId", account.toString(), "from", t0.plusSeconds(60).toString(),
                "to", t0.plusSeconds(180).toString())))
                .as("from inclusive, to exclusive").containsExactly("ROLES_CHANGED", "LOGIN_SUCCEEDED");
        assertThat(actions(Map.of("userId", account.toString(), "from", "2026-01-01T00:00:00+01:00",
                "to", t0.plusSeconds(1).toString()))).containsExactly("LOGIN_FAILED");
    }

    @Test
    void pageMetadataDescribesTheWholeFilteredLog() {
        for (int i = 0; i < 5; i++) {
            identity.publish(SecurityEventFeed.event("LOGIN_SUCCEEDED", "SUCCESS", account, account, email,
                    t0.plusSeconds(i)));
        }
        awaitPage(Map.of("userId", account.toString()), 5);

        JsonNode first = page(Map.of("userId", account.toString(), "size", "2"));
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("page").get("number").asInt()).isZero();
        assertThat(first.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(5);
        assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(3);
        assertThat(Instant.parse(first.get("items").get(0).get("occurredAt").asString())).isEqualTo(t0.plusSeconds(4));

        JsonNode last = page(Map.of("userId", account.toString(), "size", "2", "page", "2"));
        assertThat(last.get("items")).hasSize(1);
        assertThat(Instant.parse(last.get("items").get(0).get("occurredAt").asString())).isEqualTo(t0);
        assertThat(last.get("page").get("number").asInt()).isEqualTo(2);

        JsonNode beyond = page(Map.of("userId", account.toString(), "size", "2", "page", "3"));
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("page").get("totalElements").asLong()).isEqualTo(5);

        assertThat(page(Map.of("userId", account.toString())).get("page").get("size").asInt())
                .as("default page size").isEqualTo(20);
    }

    @Test
    void aRedeliveredEventIsKeptOnce() {
        SecurityEventRecorded login = SecurityEventFeed.event("LOGIN_SUCCEEDED", "SUCCESS", account, account, email, t0);
        String eventId = identity.publish(login);
        identity.publish(login, eventId);
        // same key, same partition: once this later event is in, the redelivery before it was handled
        identity.publish(SecurityEventFeed.event("LOGOUT", "SUCCESS", account, account, email, t0.plusSeconds(1)));

        awaitPage(Map.of("userId", account.toString()), 2);
        assertThat(actions(Map.of("userId", account.toString()))).containsExactly("LOGOUT", "LOGIN_SUCCEEDED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE id = :id")
                .param("id", UUID.fromString(eventId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void exportsTheFilteredPageAsCsvWithAHeaderRow() throws Exception {
        identity.publish(SecurityEventFeed.event("LOGIN_FAILED", "FAILURE", null, account, email, t0));
        String loggedIn = identity.publish(SecurityEventFeed.event("LOGIN_SUCCEEDED", "SUCCESS", account, account, email,
                t0.plusSeconds(60)));
        identity.publish(SecurityEventFeed.event("LOGOUT", "SUCCESS", account, account, email, t0.plusSeconds(120)));
        awaitPage(Map.of("userId", account.toString()), 3);

        RestTestClient.ResponseSpec response = http.get()
                .uri(uri(Map.of("userId", account.toString(), "outcome", "SUCCESS")))
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange();

        response.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\".+\\.csv\"");
        String csv = response.expectBody(String.class).returnResult().getResponseBody();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().get(0).values())
                .containsExactly("id", "action", "outcome", "actorId", "subjectUserId", "email", "clientAddress",
                        "detail", "occurredAt", "recordedAt");
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("LOGOUT", "LOGIN_SUCCEEDED");
        CSVRecord login = rows.get(1);
        assertThat(login.get("id")).isEqualTo(loggedIn);
        assertThat(login.get("actorId")).isEqualTo(account.toString());
        assertThat(login.get("email")).isEqualTo(email);
        assertThat(login.get("detail")).isEqualTo("login succeeded");
        assertThat(Instant.parse(login.get("occurredAt"))).isEqualTo(t0.plusSeconds(60));
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\",\"" + account + "\")";
        identity.publish(SecurityEventFeed.event("LOGIN_FAILED", "FAILURE", null, account, formula, t0));
        awaitPage(Map.of("userId", account.toString()), 1);

        String csv = http.get().uri(uri(Map.of("userId", account.toString())))
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .accept(MediaType.parseMediaType("text/csv"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords().get(0);
        assertThat(row.get("email")).isEqualTo("'" + formula);
    }

    @Test
    void answersJsonWhenTheClientStatesNoPreference() {
        http.get().uri(AUDIT_LOG).header(HttpHeaders.AUTHORIZATION, admin.bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.page.number").isEqualTo(0);
        http.get().uri(AUDIT_LOG).header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .accept(MediaType.ALL).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    @Test
    void aUserOrOrganizerIsForbidden() {
        for (TestUser caller : List.of(TestUser.attendee(), TestUser.organizer())) {
            for (MediaType accept : List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"))) {
                http.get().uri(AUDIT_LOG).header(HttpHeaders.AUTHORIZATION, caller.bearer()).accept(accept).exchange()
                        .expectStatus().isForbidden()
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody()
                        .jsonPath("$.type").isEqualTo(PlatformProblem.FORBIDDEN.type().toString())
                        .jsonPath("$.status").isEqualTo(403)
                        .jsonPath("$.items").doesNotExist();
            }
        }
    }

    @Test
    void aRequestWithoutTokenIsUnauthorized() {
        http.get().uri(AUDIT_LOG).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void anInvalidFilterIsABadRequestProblem() {
        List<Map<String, String>> invalid = List.of(
                Map.of("userId", "not-a-uuid"),
                Map.of("from", "yesterday"),
                Map.of("to", "2026-03-01"),
                Map.of("from", "2026-03-02T00:00:00Z", "to", "2026-03-01T00:00:00Z"),
                Map.of("outcome", "MAYBE"),
                Map.of("action", "login failed"),
                Map.of("size", "101"),
                Map.of("size", "0"),
                Map.of("page", "-1"),
                Map.of("page", "first"));
        for (Map<String, String> parameters : invalid) {
            http.get().uri(uri(parameters)).header(HttpHeaders.AUTHORIZATION, admin.bearer()).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(400)
                    .jsonPath("$.detail").isNotEmpty();
        }
    }

    @Test
    void anEventBreakingTheContractGoesToTheDeadLetterTopicAndIsNotKept() {
        String payload = """
                {"action":"LOGIN_FAILED","outcome":"MAYBE","subjectUserId":"%s","occurredAt":"%s"}
                """.formatted(account, t0);
        TestEventBus.publish(EventTypes.SECURITY_EVENT_RECORDED, account.toString(), payload);

        assertThat(TestEventBus.await(Topics.deadLetterOf(Topics.IDENTITY_EVENTS),
                message -> account.toString().equals(message.key()), 1, CONSUMER_PATIENCE)).hasSize(1);
        assertThat(page(Map.of("userId", account.toString())).get("page").get("totalElements").asLong()).isZero();
    }

    private JsonNode awaitPage(Map<String, String> parameters, long expectedEntries) {
        await().atMost(CONSUMER_PATIENCE).pollInterval(Duration.ofMillis(200)).until(() ->
                page(parameters).get("page").get("totalElements").asLong() >= expectedEntries);
        JsonNode page = page(parameters);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(expectedEntries);
        return page;
    }

    private JsonNode page(Map<String, String> parameters) {
        String body = http.get().uri(uri(parameters))
                .header(HttpHeaders.AUTHORIZATION, admin.bearer())
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    private List<String> actions(Map<String, String> parameters) {
        return page(parameters).get("items").valueStream().map(item -> item.get("action").asString()).toList();
    }

    private static Function<UriBuilder, URI> uri(Map<String, String> parameters) {
        return builder -> {
            builder.path(AUDIT_LOG);
            // encoded here, so a '+' in an offset reaches the service as '+' and not as a space
            parameters.forEach((name, value) -> builder.queryParam(name, "{" + name + "}"));
            return builder.build(parameters);
        };
    }
}
