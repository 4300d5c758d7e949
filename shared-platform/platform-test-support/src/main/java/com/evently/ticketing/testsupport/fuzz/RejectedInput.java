package com.evently.ticketing.testsupport.fuzz;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every fuzzed request must pass: it is refused with the expected status (400, or 415 for a wrong content
 * type) as an RFC 9457 problem ({@code application/problem+json} with {@code type}, {@code title} and
 * {@code status}), and no table of the service's schema gained or lost a row.
 */
public final class RejectedInput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource database;
    private final Set<String> backgroundTables;

    private RejectedInput(DataSource database, Set<String> backgroundTables) {
        this.database = database;
        this.backgroundTables = backgroundTables;
    }

    /** Counts the rows of every table in the schema the data source works in. */
    public static RejectedInput storingNothingIn(DataSource database) {
        return new RejectedInput(database, Set.of());
    }

    /**
     * Leaves out tables that the service's background work (consumers of other tests' events, scheduled jobs) may
     * write at any time; a request still must not write them, but their counts cannot tell.
     */
    public RejectedInput exceptBackgroundTables(String... tables) {
        return new RejectedInput(database, Set.of(tables));
    }

    /** Sends the body with the request's method, URI and headers, and checks the refusal. */
    public ExchangeResult assertRejected(RestTestClient.RequestBodySpec request, InvalidBody body) {
        TableCounts before = counts();
        ExchangeResult answer = request.contentType(MediaType.parseMediaType(body.contentType()))
                .body(body.content())
                .exchange()
                .returnResult();
        assertProblem(answer, body.expectedStatus());
        assertThat(counts()).as("row counts after the refused request (%s)", body.flaw()).isEqualTo(before);
        return answer;
    }

    /** The answer is a problem+json of the status, with a type, a title and the status in its body. */
    public static void assertProblem(ExchangeResult answer, int status) {
        String text = answer.getResponseBodyContent() == null ? "" : new String(answer.getResponseBodyContent(),
                java.nio.charset.StandardCharsets.UTF_8);
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
        return TableCounts.of(database).without(backgroundTables);
    }
}
