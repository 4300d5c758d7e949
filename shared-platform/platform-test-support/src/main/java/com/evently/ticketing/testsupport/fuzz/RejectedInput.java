package com.evently.ticketing.testsupport.fuzz;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every fuzzed request must pass: it is refused with the expected status (400, or 415 for a wrong content
 * type) as an RFC 9457 problem ({@code application/problem+json} with {@code type}, {@code title} and
 * {@code status}), and no table of the service's schema gained or lost a row.
 */
public final class RejectedInput {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final DataSource database;

    private RejectedInput(DataSource database) {
        this.database = database;
    }

    /** Counts the rows of every table in the schema the data source works in. */
    public static RejectedInput storingNothingIn(DataSource database) {
        return new RejectedInput(database);
    }

    /**
     * Sends the body with the request's method, URI and headers, and checks the refusal. A row count that moved may
     * be the service's own background work (a consumer, a scheduled job) rather than the request: then, once the
     * counts have settled, a fresh request with the same body must be refused again and change nothing.
     */
    public ExchangeResult assertRejected(Supplier<RestTestClient.RequestBodySpec> request, InvalidBody body) {
        TableCounts before = counts();
        ExchangeResult answer = send(request.get(), body);
        assertProblem(answer, body.expectedStatus());
        if (!counts().equals(before)) {
            TableCounts settled = TableCounts.awaitSettled(database, QUIET, PATIENCE);
            assertProblem(send(request.get(), body), body.expectedStatus());
            assertThat(counts()).as("row counts after the refused request (%s)", body.flaw()).isEqualTo(settled);
        }
        return answer;
    }

    private static ExchangeResult send(RestTestClient.RequestBodySpec request, InvalidBody body) {
        return request.contentType(MediaType.parseMediaType(body.contentType()))
                .body(body.content())
                .exchange()
                .returnResult();
    }

    /** The answer is a problem+json of the status, with a type, a title and the status in its body. */
    public static void assertProblem(ExchangeResult answer, int status) {
        String text = answer.getResponseBodyContent() == null ? "" : new String(answer.getResponseBodyContent(),
                StandardCharsets.UTF_8);
        assertThat(answer.getStatus().value()).as("status; the answer was %s", text).isEqualTo(status);
        MediaType contentType = answer.getResponseHeaders().getContentType();
        assertThat(contentType).as("content type of %s", text).isNotNull();
        assertThat(contentType.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("content type %s of %s", contentType, text).isTrue();
        JsonNode problem = JSON.readTree(text);
        assertThat(problem.path("type").asString("")).as("type of %s", text).isNotBlank();
        assertThat(problem.path("title").asString("")).as("title of %s", text).isNotBlank();
        assertThat(problem.path("status").asInt()).as("status in %s", text).isEqualTo(status);
    }

    private TableCounts counts() {
        return TableCounts.of(database);
    }
}
